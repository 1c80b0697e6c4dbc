import type { AddressIndex, IndexedPage } from "./address-index.ts";
import { editsWithin } from "./bounded-edits.ts";
import { pathSlug } from "./path-slug.ts";
import type { SiteAddresses } from "./site-addresses.ts";

/** The fix named when a link leads to no page and no page is like it. */
export const ARTICLE_LINK_FORM = "link to an article as /YYYY/MM/slug/";

/**
 * The fix for a root-relative link that leads to no page (`path`: the link in its normal form): the page its
 * address is missing a slash of; else the page, or the current address of an old one, whose last meaningful
 * segment is the link's (another month, a date or none, .html, case: src/site/path-slug.ts), the nearest in time
 * first and both named when two are as near; else a typo of a slug among the pages of the month the link names.
 * Each step is a lookup, so a link costs the same on any size of site; `index` is made when first needed.
 */
export function linkSuggestion(path: string, addresses: SiteAddresses, index: () => AddressIndex): string {
  const slashed = `${path}/`;
  if (addresses.pages.has(slashed)) return `did you mean ${slashed}?`;
  const redirected = addresses.redirects.get(slashed);
  if (redirected !== undefined) return `did you mean ${redirected}?`;
  const { key, month } = pathSlug(path);
  if (key === undefined) return ARTICLE_LINK_FORM;
  const found = index();
  const same = found.pages.get(key) ?? found.redirects.get(key);
  if (same) return nearest(same, month, key);
  const typo = month === undefined ? undefined : misspelt(key, month, found);
  return typo ? `did you mean ${typo}?` : ARTICLE_LINK_FORM;
}

// The candidate nearest the link's month, or the two nearest when the nearest are more than one.
function nearest(candidates: readonly IndexedPage[], month: number | undefined, key: string): string {
  const away = (page: IndexedPage) =>
    month === undefined ? 0 : page.month === undefined ? Number.MAX_SAFE_INTEGER : Math.abs(page.month - month);
  const ranked = candidates
    .map((page, order) => ({ page, order, away: away(page) }))
    .sort((a, b) => a.away - b.away || a.order - b.order);
  const [first, second] = ranked;
  if (!second || second.away > first!.away) return `did you mean ${first!.page.path}?`;
  return `did you mean ${first!.page.path} or ${second.page.path}? (${candidates.length} pages end in ${key})`;
}

// A page of the link's month or the months either side whose key is a likely typo of the link's: at most a third
// of its length in edits, and at most 3 (the nearest, then the first in path order).
function misspelt(key: string, month: number, index: AddressIndex): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  let best: { distance: number; path: string } | undefined;
  for (const m of [month - 1, month, month + 1]) {
    for (const page of index.months.get(m) ?? []) {
      const distance = editsWithin(key, page.key, limit);
      if (
        distance !== undefined &&
        (!best || distance < best.distance || (distance === best.distance && page.path < best.path))
      )
        best = { distance, path: page.path };
    }
  }
  return best?.path;
}
