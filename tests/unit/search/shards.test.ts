import { describe, expect, it } from "vitest";
import { MAX_SHARDS, dealRecords, searchBundlePaths, searchShardCount } from "../../../src/search/shards.ts";

describe("search shards", () => {
  it("keeps one bundle unless asked for more, within 1 to MAX_SHARDS and never more than the records", () => {
    expect([searchShardCount(0), searchShardCount(42), searchShardCount(50_000)]).toEqual([1, 1, 1]);
    expect([searchShardCount(42, 2), searchShardCount(42, 1), searchShardCount(10_000, 1), searchShardCount(10_000, 9), searchShardCount(1, 3)]).toEqual([2, 1, 1, MAX_SHARDS, 1]);
  });

  it("names the bundles /pagefind/, /pagefind-2/, …", () => {
    expect(searchBundlePaths(1)).toEqual(["/pagefind/"]);
    expect(searchBundlePaths(3)).toEqual(["/pagefind/", "/pagefind-2/", "/pagefind-3/"]);
  });

  it("deals records in turn, losing none", () => {
    expect(dealRecords([1, 2, 3, 4, 5], 2)).toEqual([[1, 3, 5], [2, 4]]);
    expect(dealRecords([1, 2], 1)).toEqual([[1, 2]]);
  });
});
