import { pathSlug } from "./path-slug.ts";
import type { SiteAddresses } from "./site-addresses.ts";

/** A page the index can name, with the month its path names. */
export interface IndexedPage {
  readonly path: string;
  readonly key: string;
  readonly month?: number;
}

/** The site's pages by what a link to them would end in, so that a dead link's fix is a lookup, not a search. */
export interface AddressIndex {
  /** Pages (article slugs among them) by the key of their last meaningful segment, in the order produced. */
  readonly pages: ReadonlyMap<string, readonly IndexedPage[]>;
  /** Where old addresses lead, by the key of the old address's last meaningful segment. */
  readonly redirects: ReadonlyMap<string, readonly IndexedPage[]>;
  /** Pages whose path names a month, by that month: a slug's typo is looked for among its month's pages only. */
  readonly months: ReadonlyMap<number, readonly IndexedPage[]>;
}

/** The index of `addresses`: one pass over the pages and redirects. */
export function addressIndex(addresses: SiteAddresses): AddressIndex {
  const pages = new Map<string, IndexedPage[]>();
  const months = new Map<number, IndexedPage[]>();
  for (const path of addresses.pages) {
    const { key, month } = pathSlug(path);
    if (key === undefined) continue;
    const page = month === undefined ? { path, key } : { path, key, month };
    push(pages, key, page);
    if (month !== undefined) push(months, month, page);
  }
  const redirects = new Map<string, IndexedPage[]>();
  for (const [from, to] of addresses.redirects) {
    const { key } = pathSlug(from);
    const { month } = pathSlug(to);
    if (key === undefined || redirects.get(key)?.some((p) => p.path === to)) continue;
    push(redirects, key, month === undefined ? { path: to, key } : { path: to, key, month });
  }
  return { pages, redirects, months };
}

function push<K>(map: Map<K, IndexedPage[]>, key: K, page: IndexedPage): void {
  const list = map.get(key);
  if (list) list.push(page);
  else map.set(key, [page]);
}
