/** The most bundles the index may be split into (each is one more index the search page merges). */
export const MAX_SHARDS = 4;

/**
 * How many Pagefind bundles the search index of these records (their URLs) is split into: `requested` when given,
 * else one. Pagefind indexes in one process on one core; more bundles are written by as many processes side by
 * side, which pays on a machine with cores to spare and lets build --incremental index only the bundles whose
 * records changed. On two cores they slowed a cold build (BENCHMARKS.md), so one is the default. Records go to
 * bundles by a hash of their URL, which can leave one empty in a small archive, and a bundle without pages breaks
 * the search page: the count is lowered until every bundle has a record.
 */
export function searchShardCount(urls: readonly string[], requested?: number): number {
  for (let count = Math.min(MAX_SHARDS, requested ?? 1, urls.length); count > 1; count--) {
    const filled = new Set(urls.map((url) => shardOf(url, count)));
    if (filled.size === count) return count;
  }
  return 1;
}

/** The site path of each bundle: /pagefind/ first (the one whose UI the search page loads), then /pagefind-2/ … */
export function searchBundlePaths(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? "/pagefind/" : `/pagefind-${i + 1}/`));
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

/** The shard of a URL: FNV-1a over its UTF-16 code units, modulo `count`. */
export function shardOf(url: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 0x01000193) >>> 0;
  return hash % count;
}
