import type { DateTime } from "luxon";
import type { TaxonomyKind } from "./entity.ts";

// Every page URL of the contract is made here, as a site path ("/2018/04/slug/") without the path prefix.

/** /YYYY/MM/slug/ from the date in the site's time zone. */
export function articlePath(date: DateTime, slug: string): string {
  return `/${date.toFormat("yyyy")}/${date.toFormat("LL")}/${slug}/`;
}

/** / for page 1, /page/N/ after. */
export function homePath(page = 1): string {
  return page <= 1 ? "/" : `/page/${page}/`;
}

/** /agencies/ and the like. */
export function taxonomyIndexPath(kind: TaxonomyKind): string {
  return `/${kind}/`;
}

/** /agencies/SLUG/, then /agencies/SLUG/page/N/. */
export function termPath(kind: TaxonomyKind, slug: string, page = 1): string {
  const first = `/${kind}/${slug}/`;
  return page <= 1 ? first : `${first}page/${page}/`;
}

/** /agencies/SLUG/feed.xml. */
export function termFeedPath(kind: TaxonomyKind, slug: string): string {
  return `/${kind}/${slug}/feed.xml`;
}

/** /YYYY/. */
export function yearPath(year: number): string {
  return `/${year}/`;
}

/** /YYYY/MM/. */
export function monthPath(year: number, month: number): string {
  return `/${year}/${String(month).padStart(2, "0")}/`;
}

/** /pages' static page at /SLUG/. */
export function staticPagePath(slug: string): string {
  return `/${slug}/`;
}

/** Fixed machine and utility paths. */
export const PATHS = {
  search: "/search/",
  atom: "/feed.xml",
  json: "/feed.json",
  sitemap: "/sitemap.xml",
  newsSitemap: "/news-sitemap.xml",
  opml: "/feeds.opml",
  robots: "/robots.txt",
  notFound: "/404.html",
} as const;

/** A path paginated: page 1 is the path itself, page N is path + "page/N/". */
export function pagedPath(first: string, page: number): string {
  return page <= 1 ? first : `${first}page/${page}/`;
}

/**
 * The file a site path is written to, relative to the output folder: "/2018/04/x/" → "2018/04/x/index.html".
 * Throws when the path could leave the output folder.
 */
export function outputFileFor(path: string): string {
  if (
    !path.startsWith("/") ||
    path.split("/").some((part) => part === ".." || part === ".") ||
    path.includes("\\") ||
    path.includes("\0")
  ) {
    throw new Error(`unsafe output path '${path}'`);
  }
  const relative = path.slice(1);
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}

/** Turns site paths into links: with the path prefix for hrefs, with the base URL for feeds and metadata. */
export class Urls {
  constructor(
    /** Absolute base URL without trailing slash. */
    readonly baseUrl: string,
    /** "/" or "/prefix/". */
    readonly pathPrefix: string,
  ) {}

  /** The href for a site path, under the path prefix. */
  href(path: string): string {
    return this.pathPrefix === "/" ? path : this.pathPrefix.slice(0, -1) + path;
  }

  /** The absolute URL for a site path. */
  absolute(path: string): string {
    return this.baseUrl + this.href(path);
  }
}
