import { fnv1a } from "../model/hash.ts";
import { MAX_SHARDS } from "../model/search-bundles.ts";

/**
 * Records a bundle is made for when the count is not asked for. Pagefind holds a whole bundle in memory and its
 * time per record grows with the bundle: at 10,000 articles on two cores, four bundles of 2,500 written one after
 * another took 58 s and 0.7 GB against 65 s and 2.3 GB for one bundle (BENCHMARKS.md).
 */
export const RECORDS_PER_BUNDLE = 2_500;

/**
 * How many Pagefind bundles the search index of these records (their URLs) is split into: `requested` when given,
 * else one per RECORDS_PER_BUNDLE records, from 1 to MAX_SHARDS. More bundles also let build --incremental index
 * only the bundles whose records changed. Records go to bundles by a hash of their URL, which can leave one empty
 * in a small archive, and a bundle without pages breaks the search page: the count is lowered until every bundle
 * has a record.
 */
export function searchShardCount(urls: readonly string[], requested?: number): number {
  const wanted = requested ?? Math.ceil(urls.length / RECORDS_PER_BUNDLE);
  for (let count = Math.min(MAX_SHARDS, wanted, urls.length); count > 1; count--) {
    const filled = new Set(urls.map((url) => shardOf(url, count)));
    if (filled.size === count) return count;
  }
  return 1;
}

/**
 * Records split between `count` shards by a hash of their URL, each shard in the records' order. A record stays
 * in its shard from build to build whatever else is added or removed, so `build --incremental` re-indexes only
 * the shards whose records changed; a hash also spreads every year of the archive over every shard.
 */
export function shardRecords<T extends { readonly url: string }>(records: readonly T[], count: number): T[][] {
  const shards = Array.from({ length: count }, () => [] as T[]);
  for (const record of records) shards[count === 1 ? 0 : shardOf(record.url, count)]!.push(record);
  return shards;
}

/** The shard of a URL: FNV-1a of it (URLs are ASCII: code points and code units are one), modulo `count`. */
export function shardOf(url: string, count: number): number {
  return fnv1a(url) % count;
}
