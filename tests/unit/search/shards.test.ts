import { describe, expect, it } from "vitest";
import { MAX_SHARDS, searchBundlePaths, searchShardCount, shardOf, shardRecords } from "../../../src/search/shards.ts";

describe("search shards", () => {
  it("keeps one bundle unless asked for more, within 1 to MAX_SHARDS and never more than the records", () => {
    expect([searchShardCount(0), searchShardCount(42), searchShardCount(50_000)]).toEqual([1, 1, 1]);
    expect([searchShardCount(42, 2), searchShardCount(42, 1), searchShardCount(10_000, 1), searchShardCount(10_000, 9), searchShardCount(1, 3)]).toEqual([2, 1, 1, MAX_SHARDS, 1]);
  });

  it("names the bundles /pagefind/, /pagefind-2/, …", () => {
    expect(searchBundlePaths(1)).toEqual(["/pagefind/"]);
    expect(searchBundlePaths(3)).toEqual(["/pagefind/", "/pagefind-2/", "/pagefind-3/"]);
  });

  it("splits records by their URL, losing none, each shard in the records' order", () => {
    const records = Array.from({ length: 400 }, (_, i) => ({ url: `/20${10 + (i % 15)}/0${1 + (i % 9)}/story-${i}/` }));
    const shards = shardRecords(records, 3);
    expect(shards.flat().sort((a, b) => a.url.localeCompare(b.url))).toEqual([...records].sort((a, b) => a.url.localeCompare(b.url)));
    for (const shard of shards) {
      expect(shard.length).toBeGreaterThan(100); // roughly a third each
      expect(shard).toEqual(records.filter((r) => shard.includes(r)));
    }
    expect(shardRecords(records, 1)).toEqual([records]);
  });

  it("keeps a record in its shard whatever else is added or removed", () => {
    const records = Array.from({ length: 50 }, (_, i) => ({ url: `/2024/05/story-${i}/` }));
    const before = new Map(shardRecords(records, 4).flatMap((shard, k) => shard.map((r) => [r.url, k] as const)));
    const after = shardRecords([{ url: "/2025/01/new-story/" }, ...records.slice(10)], 4);
    for (const [k, shard] of after.entries()) for (const r of shard) if (before.has(r.url)) expect(before.get(r.url)).toBe(k);
    // FNV-1a of "a" is 0xe40c292c.
    expect(shardOf("a", 2 ** 31)).toBe(0xe40c292c % 2 ** 31);
  });
});
