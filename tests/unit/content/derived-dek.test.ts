import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../../src/content/markdown.ts";
import { cutAtWord, derivedDek, firstParagraphText } from "../../../src/content/derived-dek.ts";

const md = createMarkdown();
const tokens = (body: string) => md.parse(body, { pathPrefix: "/" });

describe("firstParagraphText", () => {
  it("takes the first top-level paragraph with text: no markup, entities decoded, images and raw HTML left out", () => {
    const body =
      "## Summary\n\n![screenshot](shot.png)\n\n> A quote first.\n\n- a list item\n\n" +
      "The **flaw** in `curl` lets [an attacker](https://example.org/a) read &amp; write files &lt;here&gt;\nacross lines.\n\nSecond.";
    expect(firstParagraphText(tokens(body))).toBe(
      "The flaw in curl lets an attacker read & write files <here> across lines.",
    );
  });

  it("has none for a body without a paragraph of text", () => {
    expect(firstParagraphText(tokens(""))).toBeUndefined();
    expect(firstParagraphText(tokens("```sh\ncurl x\n```\n\n| a |\n|---|\n| b |\n\n![only](x.png)\n"))).toBeUndefined();
  });
});

describe("cutAtWord", () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${String(i).padStart(2, "0")}`).join(" ");

  it("keeps a text of 160 characters or fewer as it is", () => {
    const text = `${words(39)} abcd`; // 39 words of 3 with 38 spaces, then 5: exactly 160
    expect(text.length).toBe(160);
    expect(cutAtWord(text)).toBe(text);
  });

  it("cuts a longer text at the last word boundary that fits, 160 characters with the ellipsis at most", () => {
    const cut = cutAtWord(words(50));
    expect(cut).toBe(`${words(39)}…`);
    expect(cut.length).toBe(156);
  });

  it("drops punctuation left before the ellipsis", () => {
    expect(cutAtWord("One two, three four five.", 12)).toBe("One two…");
  });

  it("cuts a first word longer than half the room where the room ends, never inside an emoji", () => {
    const hash = "a".repeat(200);
    expect(cutAtWord(`SHA-256 ${hash} end`)).toBe(`SHA-256 ${"a".repeat(151)}…`);
    expect(cutAtWord("🔥".repeat(170))).toBe(`${"🔥".repeat(159)}…`);
  });
});

describe("derivedDek", () => {
  it("is the first paragraph's text, cut near 160 characters", () => {
    const long =
      "Attackers are exploiting a critical flaw in the VPN appliance's web interface to run commands as root, and a patch is out for every supported release of it since March.";
    expect(derivedDek(tokens(`# Title\n\n${long}\n`))).toBe(
      "Attackers are exploiting a critical flaw in the VPN appliance’s web interface to run commands as root, and a patch is out for every supported release of it…",
    );
  });

  it("is undefined when there is no paragraph: the page falls back to the site's description, lists show none", () => {
    expect(derivedDek(tokens("```\ncode\n```\n"))).toBeUndefined();
  });
});
