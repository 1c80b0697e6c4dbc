import { describe, expect, it } from "vitest";
import { SparseVectorsBuilder, dotDense, kthLargest, scatter } from "../../../src/related/sparse.ts";

describe("SparseVectorsBuilder", () => {
  it("keeps the largest positive weights, strongest first (ties by smaller id), at unit length", () => {
    const builder = new SparseVectorsBuilder(2);
    builder.push([7, 3, 5, 9], [3, 4, 4, 0]);
    builder.push([], []);
    builder.push([1], [2]);
    const v = builder.finish();
    expect(Array.from(v.offsets)).toEqual([0, 2, 2, 3]);
    expect(Array.from(v.ids)).toEqual([3, 5, 1]);
    expect(Array.from(v.weights).map((x) => x.toFixed(4))).toEqual(["0.7071", "0.7071", "1.0000"]);
  });

  it("reads a slice of longer lists", () => {
    const builder = new SparseVectorsBuilder(Infinity);
    builder.push([1, 2, 3, 4], [0, 3, 4, 0], 1, 3);
    expect(Array.from(builder.finish().weights)).toEqual([0.800000011920929, 0.6000000238418579]);
  });
});

describe("dotDense and scatter", () => {
  it("dot a document with a scattered one, and clear it again", () => {
    const builder = new SparseVectorsBuilder(Infinity);
    builder.push([0, 2], [3, 4]);
    builder.push([2, 5], [1, 0]);
    const v = builder.finish();
    const dense = new Float32Array(6);
    scatter(v, 0, dense);
    expect(dotDense(v, 1, dense)).toBeCloseTo(0.8, 6);
    scatter(v, 0, dense, true);
    expect(Array.from(dense)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe("kthLargest", () => {
  it("agrees with sorting on many seeded lists, duplicates included", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 200; trial++) {
      const values = Array.from({ length: 1 + Math.floor(next() * 60) }, () => Math.floor(next() * 12));
      const k = 1 + Math.floor(next() * values.length);
      expect(kthLargest(values, 0, values.length, k)).toBe([...values].sort((a, b) => b - a)[k - 1]);
    }
    expect(kthLargest([1, 2], 0, 2, 3)).toBe(-Infinity);
  });
});
