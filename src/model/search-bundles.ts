// Where the search index lives in a built site: named here so that headers, reserved paths and the index agree.

/** The most bundles the index may be split into (each is one more index the search page merges). */
export const MAX_SHARDS = 32;

/** The site path of each bundle: /pagefind/ first (the one whose UI the search page loads), then /pagefind-2/ … */
export function searchBundlePaths(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? "/pagefind/" : `/pagefind-${i + 1}/`));
}
