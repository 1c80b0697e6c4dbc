import { describe, expect, it } from "vitest";
import { tokenize } from "../../../../src/related/terms/tokenize.ts";

describe("tokenize", () => {
  it("lower-cases, drops stop words, numbers and single letters, folds possessives and plurals", () => {
    expect(tokenize("The FBI’s agents seized 2 servers in 2024 and a laptop")).toEqual([
      "fbi",
      "agent",
      "seized",
      "server",
      "laptop",
    ]);
  });

  it("treats curly and straight apostrophes alike", () => {
    expect(tokenize("Europol’s takedown")).toEqual(tokenize("Europol's takedown"));
    expect(tokenize("don’t won't isn’t")).toEqual([]);
  });

  it("keeps link texts and image alts, skips link targets, tags and bare URLs", () => {
    const markdown =
      "See [the Coldharbor report](https://example.org/coldharbor-report) and ![leak site banner](/img/banner.png).\n\n<b>Bold</b> claim at https://evil.example/path?x=1 today.";
    expect(tokenize(markdown)).toEqual(["see", "coldharbor", "report", "leak", "site", "banner", "bold", "claim"]);
  });

  it("keeps accented words whole and reads at most maxWords words", () => {
    expect(tokenize("Café in Zürich hit")).toEqual(["café", "zürich", "hit"]);
    expect(tokenize("alpha beta gamma delta", 2)).toEqual(["alpha", "beta"]);
    expect(tokenize("the alpha beta", 2)).toEqual(["alpha"]);
  });
});
