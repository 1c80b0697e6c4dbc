import type { Article } from "../model/article.ts";
import { isoDateTime } from "../model/dates.ts";
import { escapeXml } from "../render/xml.ts";
import type { SiteConfig } from "../model/site-config.ts";
import type { Urls } from "../model/urls.ts";

/** One page in the sitemap. */
export interface SitemapEntry {
  /** Site path. */
  readonly path: string;
  /** W3C date-time of the last change, when known. */
  readonly lastmod?: string;
}

/** A sitemap file to write: its site path and text. */
export interface SitemapFile {
  readonly path: string;
  readonly content: string;
}

/** The most URLs one sitemap file may list (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

/** A sitemaps.org urlset of the given pages. */
export function sitemap(entries: readonly SitemapEntry[], urls: Urls): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.map((e) => `  <url><loc>${escapeXml(urls.absolute(e.path))}</loc>${e.lastmod ? `<lastmod>${escapeXml(e.lastmod)}</lastmod>` : ""}</url>`).join("\n")}
</urlset>
`;
}

/** The site paths sitemapFiles writes for `count` entries: one sitemap, or an index and its parts. */
export function sitemapPaths(count: number, limit = SITEMAP_LIMIT): string[] {
  if (count <= limit) return ["/sitemap.xml"];
  return ["/sitemap.xml", ...Array.from({ length: Math.ceil(count / limit) }, (_, i) => `/sitemap-${i + 1}.xml`)];
}

/**
 * /sitemap.xml listing every page; past `limit` URLs it becomes a sitemap index of /sitemap-N.xml files.
 */
export function sitemapFiles(entries: readonly SitemapEntry[], urls: Urls, limit = SITEMAP_LIMIT): SitemapFile[] {
  if (entries.length <= limit) return [{ path: "/sitemap.xml", content: sitemap(entries, urls) }];
  const parts: SitemapFile[] = [];
  for (let i = 0; i * limit < entries.length; i++) {
    parts.push({ path: `/sitemap-${i + 1}.xml`, content: sitemap(entries.slice(i * limit, (i + 1) * limit), urls) });
  }
  const index = `<?xml version="1.0" encoding="utf-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${parts.map((p) => `  <sitemap><loc>${escapeXml(urls.absolute(p.path))}</loc></sitemap>`).join("\n")}
</sitemapindex>
`;
  return [{ path: "/sitemap.xml", content: index }, ...parts];
}

/** Google News sitemap of `recent`: the articles published in the two days before the build (see siteOutputs). */
export function newsSitemap(recent: readonly Article[], site: SiteConfig, urls: Urls): string {
  const language = site.language.split("-")[0]!.toLowerCase();
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${recent
  .map(
    (a) => `  <url>
    <loc>${escapeXml(urls.absolute(a.path))}</loc>
    <news:news>
      <news:publication><news:name>${escapeXml(site.title)}</news:name><news:language>${escapeXml(language)}</news:language></news:publication>
      <news:publication_date>${isoDateTime(a.date)}</news:publication_date>
      <news:title>${escapeXml(a.title)}</news:title>
    </news:news>
  </url>`,
  )
  .join("\n")}
</urlset>
`;
}

/** robots.txt allowing everything and naming both sitemaps. */
export function robots(sitemapPaths: readonly string[], urls: Urls): string {
  return `User-agent: *\nAllow: /\n\n${sitemapPaths.map((p) => `Sitemap: ${urls.absolute(p)}`).join("\n")}\n`;
}
