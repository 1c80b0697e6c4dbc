import { countLines } from "./body-images.ts";
import type { ImportContext } from "./imported.ts";

// The link text may hold one level of brackets: a linked image, [![alt](src)](href).
const MD_LINK = /((?:^|[^!])\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*<?)([^\s)>]+)/g;
// A reference definition: `[europol]: /news/2021/03/raid/ "Title"`.
const REF_LINK = /^( {0,3}\[[^\]]+\]:[ \t]*<?)([^\s>]+)/gm;
const HTML_LINK = /(<a\b[^>]*?\bhref\s*=\s*)(["'])(.*?)\2/gi;

/** Where a body is and what is known of the old site, to report (and point at the old site) links nothing answers. */
export interface LinkSite {
  readonly source: string;
  readonly bodyLine: number;
  /** The body as the source wrote it, for lines. */
  readonly original: string;
  readonly siteUrl?: string;
  /** The new addresses already written in the body (post_url, ref): not links into the old site. */
  readonly newPaths: ReadonlySet<string>;
}

/**
 * Links into the old site rewritten to the new addresses: `sitePath` turns an href into an old site path (or
 * undefined for another site), and the address book answers it. One nothing answers (a page that was not
 * imported, a file) is reported and pointed at the old site when its address is known, else left as written.
 */
export function rewriteBodyLinks(
  body: string,
  sitePath: (href: string) => string | undefined,
  ctx: ImportContext,
  at: LinkSite,
): string {
  const swap = (href: string): string => {
    const hash = href.indexOf("#");
    const [target, fragment] = hash === -1 ? [href, ""] : [href.slice(0, hash), href.slice(hash)];
    const path = target === "" ? undefined : sitePath(target);
    if (path === undefined || at.newPaths.has(path)) return href;
    const found = ctx.book.resolve(path);
    if (found !== undefined) {
      ctx.report.linkRewritten();
      return found + fragment;
    }
    const remote = oldSiteUrl(path, at.siteUrl);
    const written = at.original.indexOf(href);
    const line = at.bodyLine + (written === -1 ? 0 : countLines(at.original, written));
    const detail = `link ${href} is answered by no imported item${remote ? `: pointed at the old site, ${remote}` : ""}`;
    ctx.report.linkDead({ source: at.source, line, detail });
    return remote ? remote + fragment : href;
  };
  return body
    .replace(MD_LINK, (_, open: string, href: string) => open + swap(href))
    .replace(REF_LINK, (_, open: string, href: string) => open + swap(href))
    .replace(HTML_LINK, (_, open: string, q: string, href: string) => `${open}${q}${swap(href)}${q}`);
}

/** An href as a path of the site at `siteUrl` (its own absolute URLs and root-relative paths), else undefined. */
export function sitePathOf(href: string, siteUrl: string | undefined): string | undefined {
  if (href.startsWith("/") && !href.startsWith("//")) return href;
  if (!siteUrl) return undefined;
  try {
    const url = new URL(href, "https://invalid.invalid/");
    const site = new URL(siteUrl);
    return url.host === site.host ? url.pathname + url.search : undefined;
  } catch {
    return undefined;
  }
}

/** An old site path as an absolute URL on the old site, when its address is known. */
export function oldSiteUrl(path: string | undefined, siteUrl: string | undefined): string | undefined {
  if (path === undefined || !siteUrl) return undefined;
  try {
    return new URL(path, `${siteUrl}/`).href;
  } catch {
    return undefined;
  }
}
