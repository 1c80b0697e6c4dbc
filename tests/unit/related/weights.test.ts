import { describe, expect, it } from "vitest";
import { RELATED_DEFAULTS, relatedWeights } from "../../../src/related/weights.ts";
import { DEFAULT_TAXONOMY_WEIGHTS } from "../../../src/model/related-settings.ts";

describe("relatedWeights", () => {
  it("counts agencies and outlets more than countries by default", () => {
    expect(DEFAULT_TAXONOMY_WEIGHTS).toEqual({
      agencies: 3,
      outlets: 3,
      countries: 1,
      actors: 4,
      malware: 4,
      cves: 3,
      topics: 2,
    });
    expect(RELATED_DEFAULTS.entity + RELATED_DEFAULTS.text).toBeCloseTo(1, 12);
  });

  it("overrides single taxonomy weights and keeps the rest", () => {
    const w = relatedWeights({ taxonomies: { countries: 0 } as never, limit: 3 });
    expect(w.taxonomies).toEqual({ agencies: 3, outlets: 3, countries: 0, actors: 4, malware: 4, cves: 3, topics: 2 });
    expect([w.limit, w.text]).toEqual([3, RELATED_DEFAULTS.text]);
  });
});
