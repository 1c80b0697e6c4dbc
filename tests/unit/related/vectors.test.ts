import { describe, expect, it } from "vitest";
import { buildTermVectors, idf } from "../../../src/related/vectors.ts";
import { relatedWeights } from "../../../src/related/weights.ts";

const SOURCES = [
  { title: "Coldharbor servers seized", summary: "Police seized servers.", body: "The Coldharbor gang ran servers." },
  { title: "Coldharbor decryptor", body: "Victims of Coldharbor get a decryptor." },
  { title: "Tidewater market closed", body: "Police closed the market." },
  { title: "Weather", body: "Rain." },
];

describe("buildTermVectors", () => {
  const w = relatedWeights({ termsPerArticle: 3, maxTermShare: 0.5 });
  const { vectors, terms } = buildTermVectors(SOURCES, w);
  const termsOf = (doc: number) =>
    Array.from(vectors.ids.subarray(vectors.offsets[doc], vectors.offsets[doc + 1]), (id) => terms[id]);

  it("keeps terms on two or more articles (and at most maxTermShare of them), strongest first", () => {
    // server and seized are on one article only; coldharbor (title, and a name in the body) outweighs police.
    expect(termsOf(0)).toEqual(["coldharbor", "police"]);
    expect(termsOf(1)).toEqual(["coldharbor"]);
    expect(termsOf(2)).toEqual(["police"]);
    expect(termsOf(3)).toEqual([]);
  });

  it("weighs a term by (1 + ln count) × idf, counting title words 3 times and names 3 times, at unit length", () => {
    // coldharbor: 3 (title) + 3 (a name in the body) = 6; police: 2 (summary, first word of its sentence).
    const coldharbor = 1 + Math.log(6);
    const police = 1 + Math.log(2);
    const norm = Math.hypot(coldharbor, police);
    expect(Array.from(vectors.weights.subarray(vectors.offsets[0], vectors.offsets[1]))).toEqual([
      Math.fround(coldharbor / norm),
      Math.fround(police / norm),
    ]);
    expect(vectors.weights[vectors.offsets[1]!]).toBe(1);
  });

  it("uses idf = ln((n + 1) / df)", () => {
    expect(idf(4, 2)).toBeCloseTo(Math.log(2.5), 12);
  });
});
