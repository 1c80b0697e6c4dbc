import { describe, expect, it } from "vitest";
import { buildEntityVectors } from "../../../src/related/entity-vectors.ts";
import { idf } from "../../../src/related/vectors.ts";
import { article } from "../../helpers/articles.ts";

const ARTICLES = [
  article("a", "2020-01-03", { agencies: ["Europol"], countries: ["Netherlands"], topics: ["ransomware"] }),
  article("b", "2020-01-01", { agencies: ["Europol"], countries: ["Netherlands"] }),
  article("c", "2020-01-02", { countries: ["Netherlands"], topics: ["ransomware"] }),
];

describe("buildEntityVectors", () => {
  it("weighs each entity by its taxonomy's weight × idf, at unit length", () => {
    const { vectors, entities } = buildEntityVectors(
      ARTICLES,
      { agencies: 3, outlets: 3, countries: 1, actors: 4, malware: 4, cves: 3, topics: 2 },
      [1, 2, 0],
    );
    const weightsOf = (doc: number) =>
      Object.fromEntries(
        Array.from(vectors.ids.subarray(vectors.offsets[doc], vectors.offsets[doc + 1]), (id, k) => [
          entities[id]!.name,
          vectors.weights[vectors.offsets[doc]! + k],
        ]),
      );
    // Raw weights are kept in single precision, then scaled to unit length.
    const europol = Math.fround(3 * idf(3, 2));
    const netherlands = Math.fround(1 * idf(3, 3));
    const ransomware = Math.fround(2 * idf(3, 2));
    const norm = Math.sqrt(europol ** 2 + ransomware ** 2 + netherlands ** 2);
    expect(weightsOf(0)).toEqual({
      Europol: Math.fround(europol / norm),
      ransomware: Math.fround(ransomware / norm),
      Netherlands: Math.fround(netherlands / norm),
    });
  });

  it("lists each entity's articles in date order and leaves out a taxonomy weighted 0", () => {
    const { postings, entities } = buildEntityVectors(
      ARTICLES,
      { agencies: 3, outlets: 3, countries: 0, actors: 4, malware: 4, cves: 3, topics: 2 },
      [1, 2, 0],
    );
    expect(entities.map((e) => e.name)).toEqual(["Europol", "ransomware"]);
    expect(postings.map((list) => Array.from(list))).toEqual([
      [1, 0],
      [2, 0],
    ]);
  });
});
