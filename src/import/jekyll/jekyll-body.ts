import { existsSync } from "node:fs";
import { join, normalize, sep } from "node:path";
import { placeBodyImages } from "../body-images.ts";
import { oldSiteUrl, rewriteBodyLinks, sitePathOf } from "../body-links.ts";
import type { ImportContext } from "../imported.ts";
import { htmlToMarkdown } from "./jekyll-html.ts";
import type { JekyllConfig } from "./jekyll-config.ts";
import type { JekyllItem } from "./jekyll-item.ts";
import { convertLiquid } from "./liquid.ts";
import { sourceFile } from "../source-file.ts";

/** Finds the new path of a post by its {% post_url %} name, and of a file by its {% link %} path. */
export interface JekyllLookups {
  postUrl(name: string): string | undefined;
  link(path: string): string | undefined;
  /** Every new address claimed: written in a body, they are not links into the old site. */
  readonly newPaths: ReadonlySet<string>;
}

/**
 * An item's body in newsdesk's Markdown: Liquid converted (before anything else, as Jekyll renders it first), an
 * HTML file turned into Markdown, images copied from the site's folder, links into the old site rewritten.
 */
export function jekyllBody(
  dir: string,
  item: JekyllItem,
  config: JekyllConfig,
  lookups: JekyllLookups,
  ctx: ImportContext,
): string {
  const source = item.file.rel;
  const liquid = convertLiquid(item.body, {
    source,
    bodyLine: item.bodyLine,
    baseurl: config.baseurl,
    ...(config.url ? { url: config.url } : {}),
    ...lookups,
    report: ctx.report,
  });
  const markdown = /\.html$/i.test(source) ? htmlToMarkdown(liquid) : liquid.trim();
  const folder = item.date ? item.date.setZone(ctx.zone).toFormat("yyyy/MM") : "";
  const placed = placeBodyImages(
    markdown,
    { source, bodyLine: item.bodyLine, folder, original: item.body },
    (src) => jekyllImageFile(dir, src, config),
    ctx,
    (src) => oldSiteUrl(sitePathOf(src, config.url), config.url),
  );
  return rewriteBodyLinks(placed, (href) => sitePathOf(href, config.url), ctx, {
    source,
    bodyLine: item.bodyLine,
    original: item.body,
    ...(config.url ? { siteUrl: config.url } : {}),
    newPaths: lookups.newPaths,
  });
}

/** The file of the site's folder an image address names: a root-relative path (under baseurl) or the site's own URL. */
export function jekyllImageFile(dir: string, src: string, config: JekyllConfig): string | undefined {
  const path = sitePathOf(src, config.url);
  if (path === undefined) {
    if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(src)) return undefined;
    // A relative address: a file beside the site's root when it is one, otherwise not an image newsdesk can find.
    const beside = inside(dir, src);
    return beside && existsSync(beside) ? beside : undefined;
  }
  const bare = path.split(/[?#]/)[0]!;
  const unprefixed = config.baseurl && bare.startsWith(`${config.baseurl}/`) ? bare.slice(config.baseurl.length) : bare;
  return inside(dir, unprefixed);
}

// The file an address names in the site's folder; never outside it, by its name or by a link on the way. One that
// leads out (../../etc/passwd) names the site's folder itself: no image, so it is reported missing, not passed over.
function inside(dir: string, path: string): string | undefined {
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    /* written undecodable: the name as it is */
  }
  const full = normalize(join(dir, decoded));
  return full.startsWith(normalize(dir) + sep) ? sourceFile(dir, full) : normalize(dir);
}
