import { describe, expect, it } from "vitest";
import { indexTerm, normaliseWord } from "../../../../src/related/terms/index-term.ts";

describe("normaliseWord", () => {
  it("folds plurals and possessives without mangling words that only end in s", () => {
    const words = [
      "agencies",
      "takedowns",
      "viruses",
      "boxes",
      "searches",
      "cases",
      "police's",
      "police’s",
      "bus",
      "analysis",
      "access",
      "politics",
    ];
    expect(words.map(normaliseWord)).toEqual([
      "agency",
      "takedown",
      "virus",
      "box",
      "search",
      "case",
      "police",
      "police",
      "bus",
      "analysis",
      "access",
      "politics",
    ]);
  });
});

describe("indexTerm", () => {
  it("refuses stop words, bare numbers and single characters, also after folding", () => {
    expect([
      indexTerm("said"),
      indexTerm("2024"),
      indexTerm("x"),
      indexTerm("stories"),
      indexTerm("ransomware"),
    ]).toEqual([undefined, undefined, undefined, undefined, "ransomware"]);
  });
});
