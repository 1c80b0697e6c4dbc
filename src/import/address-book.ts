import type { DateTime } from "luxon";
import { articlePath, staticPagePath } from "../model/urls.ts";
import { TAXONOMIES } from "../model/entity.ts";
import { QUERY_ALIAS_FOLDERS } from "../model/query-alias.ts";

// First path segments newsdesk's own pages and files use (the contract's URL table): a page slug among them, or a
// number (a year's archive), would clash with a page newsdesk makes, so an imported page with it gets "-page".
const SITE_SEGMENTS = new Set([
  ...TAXONOMIES,
  "page",
  "search",
  "assets",
  "img",
  "pagefind",
  "cves",
  "actors",
  "malware",
  ...Object.values(QUERY_ALIAS_FOLDERS).map((folder) => folder.replace(/\//g, "")),
]);

/**
 * Every address an import gives out, and every old address it saw. Importers claim new addresses in a first
 * pass (a slug taken in the same month gets -2, -3…, so two posts sharing a slug both survive), then rewrite
 * links in the second: resolve() maps an old URL or path (exact case first, then any case) to its new path.
 */
export class AddressBook {
  private readonly taken = new Set<string>();
  private readonly claims = new Map<string, { readonly slug: string; readonly path: string }>();
  private readonly exact = new Map<string, string>();
  private readonly folded = new Map<string, string>();

  /** Claims an address for `key` (idempotent per key): articles at /YYYY/MM/slug/ in `date`'s zone, pages at /slug/. */
  claim(key: string, slug: string, date?: DateTime): { readonly slug: string; readonly path: string } {
    const known = this.claims.get(key);
    if (known) return known;
    const pathOf = (s: string) => (date ? articlePath(date, s) : staticPagePath(s));
    const short = shortened(slug);
    const base = !date && (SITE_SEGMENTS.has(short) || /^\d+$/.test(short)) ? `${short}-page` : short;
    let chosen = base;
    for (let n = 2; this.taken.has(pathOf(chosen)); n++) chosen = `${base}-${n}`;
    const claim = { slug: chosen, path: pathOf(chosen) };
    this.taken.add(claim.path);
    this.claims.set(key, claim);
    return claim;
  }

  /** True when `path` (any case) is the new address of an imported document. */
  isNewAddress(path: string): boolean {
    return this.taken.has(path.toLowerCase());
  }

  /** The address claimed for `key`, if any. */
  addressOf(key: string): { readonly slug: string; readonly path: string } | undefined {
    return this.claims.get(key);
  }

  /** Records an old address (site path, query kept: "/?p=12") of `key`. */
  addOld(key: string, oldPath: string): void {
    const path = this.claims.get(key)?.path;
    if (!path) return;
    if (!this.exact.has(oldPath)) this.exact.set(oldPath, path);
    const fold = foldKey(oldPath);
    if (!this.folded.has(fold)) this.folded.set(fold, path);
  }

  /** The new path an old site path stands for: exact first, then ignoring case and a missing trailing slash. */
  resolve(oldPath: string): string | undefined {
    return this.exact.get(oldPath) ?? this.folded.get(foldKey(oldPath));
  }
}

// Old links are written with and without the final slash, in any case.
function foldKey(path: string): string {
  const [p = "", query] = path.split("?", 2);
  const trimmed = p.replace(/\/index\.html?$/i, "/").replace(/\/+$/, "") || "/";
  return (query === undefined ? trimmed : `${trimmed}?${query}`).toLowerCase();
}

// A file name holds 255 bytes at most: a longer slug (a post_name of 300 characters) stops the import. 80
// characters keep any readable slug whole; a longer one is cut at a hyphen, leaving room for -page or -2.
const SLUG_MAX = 80;

function shortened(slug: string): string {
  if (slug.length <= SLUG_MAX) return slug;
  const cut = slug.slice(0, SLUG_MAX);
  const hyphen = cut.lastIndexOf("-");
  return hyphen > SLUG_MAX / 2 ? cut.slice(0, hyphen) : cut.replace(/-+$/, "");
}
