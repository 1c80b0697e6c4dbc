/** Published articles from which the search index is split in two by default. */
export const SHARD_FROM = 4_000;

/** The most bundles the index may be split into (each is one more index the search page merges). */
export const MAX_SHARDS = 4;

/**
 * How many Pagefind bundles the search index is split into: `requested` when given, else one, or two from
 * SHARD_FROM records. Pagefind indexes in one process on one core, and at that size its time is most of a
 * build; two processes use both cores, and the search page merges the two indexes.
 */
export function searchShardCount(records: number, requested?: number): number {
  const count = requested ?? (records >= SHARD_FROM ? 2 : 1);
  return Math.max(1, Math.min(MAX_SHARDS, count, Math.max(1, records)));
}

/** The site path of each bundle: /pagefind/ first (the one whose UI the search page loads), then /pagefind-2/ … */
export function searchBundlePaths(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? "/pagefind/" : `/pagefind-${i + 1}/`));
}

/** Records dealt to `count` shards in turn, so every shard covers the whole archive's span. */
export function dealRecords<T>(records: readonly T[], count: number): T[][] {
  const shards = Array.from({ length: count }, () => [] as T[]);
  records.forEach((record, i) => shards[i % count]!.push(record));
  return shards;
}
