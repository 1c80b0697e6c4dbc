import { describe, expect, it } from "vitest";
import { RECORDS_PER_BUNDLE, searchShardCount, shardOf, shardRecords } from "../../../src/search/shards.ts";
import { MAX_SHARDS, searchBundlePaths } from "../../../src/model/search-bundles.ts";

describe("search shards", () => {
  it("makes one bundle per RECORDS_PER_BUNDLE records unless asked, within 1 to MAX_SHARDS and never more than the records", () => {
    const urls = (n: number) => Array.from({ length: n }, (_, i) => `/2024/05/story-${i}/`);
    expect(RECORDS_PER_BUNDLE).toBe(2_500);
    expect([0, 42, 2_500, 2_501, 10_000, 50_000].map((n) => searchShardCount(urls(n)))).toEqual([
      1,
      1,
      1,
      2,
      4,
      MAX_SHARDS,
    ]);
    expect([
      searchShardCount(urls(42), 2),
      searchShardCount(urls(10_000), 1),
      searchShardCount(urls(5000), 99),
      searchShardCount(urls(1), 3),
      searchShardCount([], 3),
    ]).toEqual([2, 1, MAX_SHARDS, 1, 1]);
  });

  it("asks for fewer bundles when the URLs would leave one empty", () => {
    // Two URLs that hash to the same one of two bundles.
    const urls = ["/a/", "/b/", "/c/", "/d/", "/e/"];
    const same = urls.filter((u) => shardOf(u, 2) === shardOf(urls[0]!, 2)).slice(0, 2);
    expect(same).toHaveLength(2);
    expect(searchShardCount(same, 2)).toBe(1);
    // Small archives: every bundle the count gives has at least one record.
    for (let n = 1; n <= 12; n++) {
      const records = Array.from({ length: n }, (_, i) => ({ url: `/2021/0${1 + (i % 9)}/story-${i}/` }));
      const count = searchShardCount(
        records.map((r) => r.url),
        4,
      );
      expect(
        shardRecords(records, count).every((shard) => shard.length > 0),
        `${n} records, ${count} bundles`,
      ).toBe(true);
    }
  });

  it("names the bundles /pagefind/, /pagefind-2/, …", () => {
    expect(searchBundlePaths(1)).toEqual(["/pagefind/"]);
    expect(searchBundlePaths(3)).toEqual(["/pagefind/", "/pagefind-2/", "/pagefind-3/"]);
  });

  it("splits records by their URL, losing none, each shard in the records' order", () => {
    const records = Array.from({ length: 400 }, (_, i) => ({ url: `/20${10 + (i % 15)}/0${1 + (i % 9)}/story-${i}/` }));
    const shards = shardRecords(records, 3);
    expect(shards.flat().sort((a, b) => a.url.localeCompare(b.url))).toEqual(
      [...records].sort((a, b) => a.url.localeCompare(b.url)),
    );
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
    for (const [k, shard] of after.entries())
      for (const r of shard) if (before.has(r.url)) expect(before.get(r.url)).toBe(k);
    // FNV-1a of "a" is 0xe40c292c.
    expect(shardOf("a", 2 ** 31)).toBe(0xe40c292c % 2 ** 31);
  });
});
