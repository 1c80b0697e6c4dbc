import { fnv1a } from "../model/hash.ts";
import { MAX_SHARDS } from "../model/search-bundles.ts";

/**
 * Up to this many searchable articles, the index is one bundle. Pagefind holds a whole bundle in memory and its
 * time per record grows with the bundle: at 10,000 articles on two cores, four bundles of 2,500 written one after
 * another took 58 s and 0.7 GB against 65 s and 2.3 GB for one bundle (BENCHMARKS.md).
 */
export const RECORDS_PER_BUNDLE = 2_500;

/**
 * How many bundles build --search-shards N gives these records (their URLs): N, within 1 to MAX_SHARDS. Records go
 * to bundles by a hash of their URL, which can leave one empty in a small archive, and a bundle without pages breaks
 * the search page: the count is lowered until every bundle has a record.
 */
export function searchShardCount(urls: readonly string[], requested: number): number {
  for (let count = Math.min(MAX_SHARDS, requested, urls.length); count > 1; count--) {
    const filled = new Set(urls.map((url) => shardOf(url, count)));
    if (filled.size === count) return count;
  }
  return 1;
}

/** The shard of a URL: FNV-1a of it (URLs are ASCII: code points and code units are one), modulo `count`. */
export function shardOf(url: string, count: number): number {
  return fnv1a(url) % count;
}

/** What a search record's bundle is decided by: its URL, and its article's year and time. */
export interface BundleItem {
  readonly url: string;
  /** The year of its date in the site's zone (the year filter). */
  readonly year: number;
  /** Its date as an ISO instant in UTC (the date sort key), which orders items within a year. */
  readonly when: string;
}

/**
 * Consecutive quiet years share a bundle until it holds FEWEST_PER_YEAR_BUNDLE records; a year busier than
 * BUSY_YEAR_SPLIT is cut, in date order, into bundles of BUSY_YEAR_SPLIT from its oldest story, the last one holding
 * the rest. An edit re-indexes one bundle, and Pagefind's time and memory grow with the bundle's size: at 10,000
 * articles over seventeen years this makes seventeen one-year bundles of about 600, which a headline edit indexes
 * again in about half the time two-year bundles took (BENCHMARKS.md). A bundle that lacks a query's word answers
 * with the longest beginning of it that it has (Pagefind's fallback); the search page leaves those answers out
 * (layouts/assets/search-bundles.js), so small bundles, and a small last part, do not bring unrelated stories.
 */
export const FEWEST_PER_YEAR_BUNDLE = 500;
export const BUSY_YEAR_SPLIT = 1_000;

/**
 * The bundle of each item, by index into `items`, and how many bundles there are. With `requested` (build
 * --search-shards N), items go to bundles by a hash of their URL. Otherwise an archive of up to RECORDS_PER_BUNDLE
 * articles has one bundle, and a larger one is split by date: years oldest first, quiet ones together until a
 * bundle holds FEWEST_PER_YEAR_BUNDLE, a busy one alone in parts of BUSY_YEAR_SPLIT. So a new story goes to the
 * last bundle, an edit re-indexes its own period's bundle, and a year that is over is never indexed again; Pagefind
 * takes no longer per article over seventeen small bundles than over four large ones (BENCHMARKS.md). Past MAX_SHARDS
 * bundles, neighbours are merged two by two from the oldest.
 */
export function planBundles(items: readonly BundleItem[], requested?: number): { count: number; bundle: number[] } {
  if (requested !== undefined) {
    const count = searchShardCount(
      items.map((i) => i.url),
      requested,
    );
    return { count, bundle: items.map((i) => (count === 1 ? 0 : shardOf(i.url, count))) };
  }
  if (items.length <= RECORDS_PER_BUNDLE) return { count: 1, bundle: items.map(() => 0) };
  const order = items.map((_, k) => k);
  order.sort((a, b) => {
    const [x, y] = [items[a]!, items[b]!];
    return x.year - y.year || (x.when < y.when ? -1 : x.when > y.when ? 1 : x.url < y.url ? -1 : x.url > y.url ? 1 : 0);
  });
  let groups: number[][] = [];
  let open: number[] = [];
  const close = () => {
    if (open.length > 0) groups.push(open);
    open = [];
  };
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end < order.length && items[order[end]!]!.year === items[order[start]!]!.year) end++;
    const year = order.slice(start, end);
    if (year.length > BUSY_YEAR_SPLIT) {
      close();
      // Parts of a fixed size from the year's start: a new story changes its last part only.
      for (let from = 0; from < year.length; from += BUSY_YEAR_SPLIT)
        groups.push(year.slice(from, from + BUSY_YEAR_SPLIT));
    } else {
      open.push(...year);
      if (open.length >= FEWEST_PER_YEAR_BUNDLE) close();
    }
    start = end;
  }
  close();
  while (groups.length > MAX_SHARDS)
    groups = Array.from({ length: Math.ceil(groups.length / 2) }, (_, k) => [
      ...groups[2 * k]!,
      ...(groups[2 * k + 1] ?? []),
    ]);
  const bundle = new Array<number>(items.length).fill(0);
  groups.forEach((group, k) => {
    for (const index of group) bundle[index] = k;
  });
  return { count: groups.length, bundle };
}

/** Items dealt into `count` bundles by `bundle` (see planBundles), each in the items' order. */
export function dealBundles<T>(items: readonly T[], plan: { count: number; bundle: readonly number[] }): T[][] {
  const bundles = Array.from({ length: plan.count }, () => [] as T[]);
  items.forEach((item, k) => bundles[plan.bundle[k]!]!.push(item));
  return bundles;
}
