import { describe, expect, it } from "vitest";
import { fuse, isRelated } from "../../../src/related/score.ts";
import { relatedWeights } from "../../../src/related/weights.ts";

describe("fuse", () => {
  const w = relatedWeights({ entity: 0.2, text: 0.8, time: 0.5, timeScaleDays: 45 });

  it("adds each similarity over the best of its kind, by its share, times the time term", () => {
    expect(fuse(w, 0.4, 0.1, 0, 0.8, 0.2)).toBeCloseTo((0.2 * 0.5 + 0.8 * 0.5) * 1.5, 12);
    expect(fuse(w, 0.4, 0.1, -45, 0.8, 0.2)).toBeCloseTo(0.5 * (1 + 0.5 / Math.E), 12);
  });

  it("adds a shared actor, malware family or CVE by the identity share, not over the best", () => {
    const shared = relatedWeights({ entity: 0.2, text: 0.8, identity: 1, time: 0.5, timeScaleDays: 45 });
    expect(fuse(shared, 0.4, 0.1, 0, 0.8, 0.2, 0.5)).toBeCloseTo((0.2 * 0.5 + 0.8 * 0.5 + 0.5) * 1.5, 12);
    expect(isRelated(shared, 0, 0, 0.05)).toBe(true);
  });

  it("counts nothing for a kind no candidate has", () => {
    expect(fuse(w, 0, 0.2, 1000, 0, 0.2)).toBeCloseTo(0.8 * (1 + 0.5 * Math.exp(-1000 / 45)), 12);
  });
});

describe("isRelated", () => {
  it("needs the raw shares of similarity to reach minScore", () => {
    const w = relatedWeights({ entity: 0.2, text: 0.8, minScore: 0.02 });
    expect([isRelated(w, 0.1, 0), isRelated(w, 0, 0.02), isRelated(w, 0.05, 0.01), isRelated(w, 0.05, 0.02)]).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });
});
