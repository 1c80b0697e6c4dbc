import { join, normalize, posix, sep } from "node:path";
import { placeBodyImages } from "../body-images.ts";
import { oldSiteUrl, rewriteBodyLinks, sitePathOf } from "../body-links.ts";
import type { ImportContext } from "../imported.ts";
import type { HugoConfig } from "./hugo-config.ts";
import type { HugoItem } from "./hugo-item.ts";
import { convertShortcodes } from "./hugo-shortcodes.ts";
import { sourceFile } from "../source-file.ts";

/** The new address of the page a {{< ref >}} names, and every new address claimed (not links into the old site). */
export interface HugoLinks {
  readonly ref: (target: string) => string | undefined;
  readonly newPaths: ReadonlySet<string>;
}

/**
 * A page's body in newsdesk's Markdown: shortcodes converted, images copied (a bundle's from beside it, others
 * from static/), links into the old site rewritten.
 */
export function hugoBody(
  dir: string,
  item: HugoItem,
  config: HugoConfig,
  links: HugoLinks,
  ctx: ImportContext,
): string {
  const source = item.file.rel;
  const markdown = convertShortcodes(item.body, {
    source,
    bodyLine: item.bodyLine,
    ref: links.ref,
    report: ctx.report,
  }).trim();
  const folder = item.date ? item.date.setZone(ctx.zone).toFormat("yyyy/MM") : "";
  const placed = placeBodyImages(
    markdown,
    { source, bodyLine: item.bodyLine, folder, original: item.body },
    (src) => hugoImageFile(dir, src, item, config),
    ctx,
    (src) => oldSiteUrl(oldImagePath(src, item, config), config.baseURL),
  );
  return rewriteBodyLinks(placed, (href) => sitePathOf(href, config.baseURL), ctx, {
    source,
    bodyLine: item.bodyLine,
    original: item.body,
    ...(config.baseURL ? { siteUrl: config.baseURL } : {}),
    newPaths: links.newPaths,
  });
}

/** The file an image address names: a site path in static/, a relative one (in a page bundle) beside the page. */
export function hugoImageFile(dir: string, src: string, item: HugoItem, config: HugoConfig): string | undefined {
  const path = sitePathOf(src, config.baseURL);
  if (path !== undefined) {
    const prefix = config.baseURL ? new URL(config.baseURL).pathname.replace(/\/+$/, "") : "";
    const bare = path.split(/[?#]/)[0]!;
    return inside(dir, `static${prefix && bare.startsWith(`${prefix}/`) ? bare.slice(prefix.length) : bare}`);
  }
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(src) || !item.file.bundle) return undefined;
  return inside(dir, `${posix.dirname(item.file.rel)}/${src}`);
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

// Where the old site served an image: its own path, or (a bundle's) beside the page's old address.
function oldImagePath(src: string, item: HugoItem, config: HugoConfig): string | undefined {
  const path = sitePathOf(src, config.baseURL);
  if (path !== undefined || !item.file.bundle || /^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(src)) return path;
  const page = item.oldPaths[0] ?? "/";
  return posix.join(page.endsWith("/") ? page : posix.dirname(page), src);
}
