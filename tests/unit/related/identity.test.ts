import { describe, expect, it } from "vitest";
import { buildEntityVectors } from "../../../src/related/entity-vectors.ts";
import { identityParts, identitySimilarity } from "../../../src/related/identity.ts";
import { scatter } from "../../../src/related/sparse.ts";
import { DEFAULT_TAXONOMY_WEIGHTS } from "../../../src/model/related-settings.ts";
import { article } from "../../helpers/articles.ts";

// Two stories of one actor told from different sides (different agencies and countries), one of another actor
// with the first one's agencies, one with no actor, malware or CVE, an advisory naming the actor, its malware and
// a CVE, and a note on the malware with a CVE of its own.
const ARTICLES = [
  article("advisory", "2024-01-01", { agencies: ["NCSC"], countries: ["United Kingdom"], actors: ["Amber Heron"] }),
  article("court", "2024-03-01", { agencies: ["FBI"], countries: ["United States"], actors: ["Amber Heron"] }),
  article("other", "2024-02-01", { agencies: ["NCSC"], countries: ["United Kingdom"], actors: ["Slate Crane"] }),
  article("plain", "2024-02-02", { agencies: ["NCSC"], countries: ["United Kingdom"] }),
  article("both", "2024-02-03", { actors: ["Amber Heron"], malware: ["Nightjar"], cves: ["CVE-2024-3400"] }),
  article("note", "2024-02-04", { malware: ["Nightjar"], cves: ["CVE-2024-1111"] }),
];
const VECTORS = buildEntityVectors(ARTICLES, DEFAULT_TAXONOMY_WEIGHTS, [0, 1, 2, 3, 4, 5]);

function similarities(doc: number): number[] {
  const parts = identityParts(VECTORS);
  const dense = new Float32Array(VECTORS.entities.length);
  scatter(VECTORS.vectors, doc, dense);
  return ARTICLES.map((_, other) => identitySimilarity(VECTORS, parts, doc, other, dense));
}

/** The raw weight (taxonomy weight × idf) of the entity named `name`. */
function weight(name: string): number {
  return VECTORS.entityWeights[VECTORS.entities.findIndex((e) => e.name === name)]!;
}

describe("identity similarity", () => {
  it("is 1 for the same actor whatever else differs, also beside more the other names, and 0 for another or none", () => {
    expect(similarities(0)).toEqual([1, 1, 0, 0, 1, 0]);
  });

  it("is the share of the lighter side's actors, malware and CVEs that both name, by weight", () => {
    const nightjar = weight("Nightjar") ** 2;
    expect(similarities(5)[4]).toBeCloseTo(nightjar / (nightjar + weight("CVE-2024-1111") ** 2), 6);
    expect(similarities(4)[5]).toBeCloseTo(similarities(5)[4]!, 6);
  });

  it("is 0 against an article without actors, malware or CVEs, from either side", () => {
    expect(similarities(3)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(similarities(1)[3]).toBe(0);
  });
});
