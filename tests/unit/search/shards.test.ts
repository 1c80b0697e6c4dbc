import { describe, expect, it } from "vitest";
import {
  BUSY_YEAR_SPLIT,
  FEWEST_PER_YEAR_BUNDLE,
  RECORDS_PER_BUNDLE,
  dealBundles,
  planBundles,
  searchShardCount,
  shardOf,
  type BundleItem,
} from "../../../src/search/shards.ts";
import { MAX_SHARDS, searchBundlePaths } from "../../../src/model/search-bundles.ts";

// `perYear[y]` articles in year 2000 + y, spread over the year, in date order.
function archive(perYear: readonly number[]): BundleItem[] {
  return perYear.flatMap((n, y) =>
    Array.from({ length: n }, (_, i) => {
      const when = new Date(Date.UTC(2000 + y, 0, 1) + Math.floor((i * 364 * 86_400_000) / Math.max(n, 1)));
      return { url: `/${2000 + y}/story-${i}/`, year: 2000 + y, when: when.toISOString() };
    }),
  );
}

// The years each bundle holds, and its size.
function shape(items: readonly BundleItem[], plan: { count: number; bundle: readonly number[] }) {
  return dealBundles(items, plan).map((b) => [[...new Set(b.map((i) => i.year))], b.length]);
}

describe("search bundles by date", () => {
  it("keeps an archive of up to RECORDS_PER_BUNDLE articles in one bundle", () => {
    expect(RECORDS_PER_BUNDLE).toBe(2_500);
    for (const items of [[], archive([1]), archive([1_000, 1_000, 500])]) {
      const plan = planBundles(items);
      expect(plan.count).toBe(1);
      expect(plan.bundle.every((b) => b === 0)).toBe(true);
    }
  });

  it("puts quiet years together until a bundle holds FEWEST_PER_YEAR_BUNDLE, oldest first, the last one open", () => {
    expect(FEWEST_PER_YEAR_BUNDLE).toBe(500);
    const items = archive([300, 300, 600, 100, 150, 999, 80]);
    expect(shape(items, planBundles(items))).toEqual([
      [[2000, 2001], 600],
      [[2002], 600],
      [[2003, 2004, 2005], 1_249],
      [[2006], 80],
    ]);
  });

  it("cuts a year busier than BUSY_YEAR_SPLIT into parts of that size from its oldest story, in date order", () => {
    expect(BUSY_YEAR_SPLIT).toBe(1_000);
    const items = archive([400, 3_201, 700]);
    const bundles = dealBundles(items, planBundles(items));
    expect(bundles.map((b) => b.length)).toEqual([400, 1_000, 1_000, 1_000, 201, 700]);
    const busy = bundles.slice(1, 5);
    for (const [k, part] of busy.entries()) {
      expect(part.every((i) => i.year === 2001)).toBe(true);
      if (k > 0) expect(part[0]!.when >= busy[k - 1]!.at(-1)!.when).toBe(true);
    }
  });

  it("sends a new story in a busy year to its last part, and leaves the earlier parts as they were", () => {
    const items = archive([700, 2_400]);
    const before = planBundles(items);
    const added = [...items, { url: "/2001/late-story/", year: 2001, when: "2001-12-31T10:00:00.000Z" }];
    const after = planBundles(added);
    expect(after.count).toBe(before.count);
    expect(after.bundle.slice(0, items.length)).toEqual(before.bundle);
    expect(after.bundle.at(-1)).toBe(before.count - 1);
  });

  it("sends a new story to the last bundle and leaves every other bundle's members as they were", () => {
    const items = archive([625, 625, 625, 625, 625, 625, 625, 625, 400]);
    const before = planBundles(items);
    const added = [...items, { url: "/2008/late-story/", year: 2008, when: "2008-12-31T10:00:00.000Z" }];
    const after = planBundles(added);
    expect(after.count).toBe(before.count);
    expect(after.bundle.slice(0, items.length)).toEqual(before.bundle);
    expect(after.bundle.at(-1)).toBe(before.count - 1);
    // The order the items come in does not matter: only their dates and URLs do.
    const reversed = [...added].reverse();
    expect(planBundles(reversed).bundle).toEqual([...after.bundle].reverse());
  });

  it("never makes more than MAX_SHARDS bundles: neighbours merge two by two", () => {
    expect(MAX_SHARDS).toBe(32);
    const items = archive(Array.from({ length: 40 }, () => 600));
    const plan = planBundles(items);
    expect(plan.count).toBe(20);
    expect(shape(items, plan)[0]).toEqual([[2000, 2001], 1_200]);
    expect(dealBundles(items, plan).every((b) => b.length > 0)).toBe(true);
  });

  it("names the bundles /pagefind/, /pagefind-2/, …", () => {
    expect(searchBundlePaths(1)).toEqual(["/pagefind/"]);
    expect(searchBundlePaths(3)).toEqual(["/pagefind/", "/pagefind-2/", "/pagefind-3/"]);
  });
});

describe("search bundles by URL (build --search-shards N)", () => {
  it("makes N bundles within 1 to MAX_SHARDS and never more than the records", () => {
    const urls = (n: number) => Array.from({ length: n }, (_, i) => `/2024/05/story-${i}/`);
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
    // Small archives: every bundle the plan gives has at least one record.
    for (let n = 1; n <= 12; n++) {
      const items = archive([n]);
      const plan = planBundles(items, 4);
      expect(
        dealBundles(items, plan).every((bundle) => bundle.length > 0),
        `${n} records, ${plan.count} bundles`,
      ).toBe(true);
    }
  });

  it("keeps a record in its bundle whatever else is added or removed", () => {
    const items = archive([50]);
    const before = planBundles(items, 4);
    const after = planBundles([{ url: "/2025/01/new-story/", year: 2025, when: "2025-01-01" }, ...items.slice(10)], 4);
    expect(after.count).toBe(4);
    expect(after.bundle.slice(1)).toEqual(before.bundle.slice(10));
    // FNV-1a of "a" is 0xe40c292c.
    expect(shardOf("a", 2 ** 31)).toBe(0xe40c292c % 2 ** 31);
  });
});
