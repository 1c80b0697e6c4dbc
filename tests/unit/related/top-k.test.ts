import { describe, expect, it } from "vitest";
import { topK } from "../../../src/related/top-k.ts";

describe("topK", () => {
  it("returns the k best items, best first, ties by the smaller item", () => {
    const scores = [0.5, 0.9, 0.5, 0.1, 0.9, 0.7];
    expect(topK([5, 4, 3, 2, 1, 0], 4, scores)).toEqual([1, 4, 5, 0]);
    expect(topK([3, 0], 5, scores)).toEqual([0, 3]);
    expect(topK([0, 1], 0, scores)).toEqual([]);
  });
});
