import { escapeXml } from "../render/xml.ts";
import type { Urls } from "../site/urls.ts";

/** One page in the sitemap. */
export interface SitemapEntry {
  /** Site path. */
  readonly path: string;
  /** W3C date-time of the last change, when known. */
  readonly lastmod?: string;
}

/** A sitemaps.org urlset of the given pages. */
export function sitemap(entries: readonly SitemapEntry[], urls: Urls): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.map((e) => `  <url><loc>${escapeXml(urls.absolute(e.path))}</loc>${e.lastmod ? `<lastmod>${escapeXml(e.lastmod)}</lastmod>` : ""}</url>`).join("\n")}
</urlset>
`;
}

/** robots.txt allowing everything and naming the sitemap. */
export function robots(sitemapPath: string, urls: Urls): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${urls.absolute(sitemapPath)}\n`;
}
