import { describe, expect, it } from "vitest";
import { labelledQuality, ndcgAtK, precisionAtK } from "../../../src/related/metrics.ts";

describe("precisionAtK and ndcgAtK", () => {
  const relevant = new Set(["b", "c"]);

  it("count the relevant share of the first k, a short list's gaps as misses", () => {
    expect(precisionAtK(["b", "x", "c", "y"], relevant, 3)).toBeCloseTo(2 / 3, 12);
    expect(precisionAtK(["b"], relevant, 3)).toBeCloseTo(1 / 3, 12);
  });

  it("discount later hits against the ideal order", () => {
    expect(ndcgAtK(["b", "c", "x"], relevant, 5)).toBe(1);
    expect(ndcgAtK(["x", "b", "c"], relevant, 5)).toBeCloseTo(
      (1 / Math.log2(3) + 1 / Math.log2(4)) / (1 + 1 / Math.log2(3)),
      12,
    );
    expect(ndcgAtK(["x"], relevant, 5)).toBe(0);
  });
});

describe("labelledQuality", () => {
  it("averages over the items of each label and over all", () => {
    const labels = new Map([
      ["a", "s"],
      ["b", "s"],
      ["c", "t"],
      ["d", "t"],
    ]);
    const lists = new Map([
      ["a", ["b", "c", "d"]],
      ["b", ["c", "d", "a"]],
      ["c", ["d"]],
      ["d", ["a", "c"]],
    ]);
    const q = labelledQuality(lists, labels);
    expect(q.byLabel.get("s")!.precisionAt3).toBeCloseTo(1 / 3, 12);
    expect(q.byLabel.get("t")!.precisionAt3).toBeCloseTo(1 / 3, 12);
    expect(q.overall.precisionAt3).toBeCloseTo(1 / 3, 12);
    expect(q.byLabel.get("s")!.ndcgAt5).toBeCloseTo((1 + 1 / Math.log2(4)) / 2, 12);
  });
});
