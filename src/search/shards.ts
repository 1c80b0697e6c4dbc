/** The most bundles the index may be split into (each is one more index the search page merges). */
export const MAX_SHARDS = 4;

/**
 * How many Pagefind bundles the search index is split into: `requested` when given, else one. Pagefind indexes
 * in one process on one core; more bundles are written by as many processes side by side, which pays on a
 * machine with cores to spare. On two cores they slowed the whole build (BENCHMARKS.md), so one is the default.
 */
export function searchShardCount(records: number, requested?: number): number {
  const count = requested ?? 1;
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
