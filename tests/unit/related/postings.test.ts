import { describe, expect, it } from "vitest";
import { buildPostings } from "../../../src/related/postings.ts";
import { SparseVectorsBuilder } from "../../../src/related/sparse.ts";

describe("buildPostings", () => {
  it("lists each term's documents, cut to the ones where it weighs most (ties by document)", () => {
    const builder = new SparseVectorsBuilder(Infinity);
    builder.push([0, 1], [1, 1]); // doc 0: term 0 weighs 0.707
    builder.push([0], [1]); // doc 1: term 0 weighs 1
    builder.push([0, 1, 2], [1, 1, 1]); // doc 2: term 0 weighs 0.577
    builder.push([0, 2], [1, 1]); // doc 3: term 0 weighs 0.707
    const postings = buildPostings(builder.finish(), 3, 2);
    const list = (t: number) => Array.from(postings.docs.subarray(postings.offsets[t], postings.offsets[t + 1]));
    expect(list(0)).toEqual([1, 0]);
    expect(list(1)).toEqual([0, 2]);
    expect(list(2)).toEqual([2, 3]);
  });
});
