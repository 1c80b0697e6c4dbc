import type { Article } from "../model/article.ts";
import { isoDateTime } from "../model/dates.ts";
import { absolutiseHtml, escapeXml } from "../render/xml.ts";
import type { Urls } from "../model/urls.ts";
import { TAXONOMIES, type Entity } from "../model/entity.ts";
import { termPath } from "../model/urls.ts";

/** What an Atom feed is about. */
export interface FeedInfo {
  readonly title: string;
  readonly subtitle: string;
  /** Site path of the feed itself. */
  readonly feedPath: string;
  /** Site path of the HTML page the feed mirrors. */
  readonly pagePath: string;
  readonly language: string;
  readonly author: string;
  /** Full article HTML in each entry (the main feed); topic feeds carry summaries and links only. */
  readonly fullContent: boolean;
}

/** How many articles a feed carries. */
export const FEED_SIZE = 50;

/** An Atom 1.0 feed of the newest articles; with `fullContent`, each entry carries the article's HTML with absolute links. */
export function atomFeed(info: FeedInfo, articles: readonly Article[], urls: Urls): string {
  const entries = articles.slice(0, FEED_SIZE);
  const updated = entries.reduce(
    (latest, a) => (changed(a) > latest ? changed(a) : latest),
    entries[0] ? changed(entries[0]) : "1970-01-01T00:00:00Z",
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(info.language)}">
  <title>${escapeXml(info.title)}</title>
  <subtitle>${escapeXml(info.subtitle)}</subtitle>
  <id>${escapeXml(urls.absolute(info.feedPath))}</id>
  <link rel="self" type="application/atom+xml" href="${escapeXml(urls.absolute(info.feedPath))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(urls.absolute(info.pagePath))}"/>
  <updated>${updated}</updated>
  <author><name>${escapeXml(info.author)}</name></author>
${entries.map((a) => entry(a, urls, info.fullContent)).join("\n")}
</feed>
`;
}

function changed(a: Article): string {
  return isoDateTime((a.updated ?? a.date).toUTC());
}

function entry(a: Article, urls: Urls, fullContent: boolean): string {
  const url = urls.absolute(a.path);
  const categories = TAXONOMIES.flatMap((kind) => a[kind]).map(
    (e: Entity) =>
      `    <category term="${escapeXml(e.name)}" scheme="${escapeXml(urls.absolute(termPath(e.kind, e.slug)))}" label="${escapeXml(e.name)}"/>`,
  );
  return `  <entry>
    <title type="text">${escapeXml(a.title)}</title>
    <id>${escapeXml(url)}</id>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
${a.link ? `    <link rel="related" type="text/html" href="${escapeXml(a.link)}"/>` : ""}
    <published>${isoDateTime(a.date.toUTC())}</published>
    <updated>${changed(a)}</updated>
${a.authors.map((name) => `    <author><name>${escapeXml(name)}</name></author>`).join("\n")}
${categories.join("\n")}
${a.dek ? `    <summary type="text">${escapeXml(a.dek)}</summary>` : ""}
${fullContent ? `    <content type="html">${escapeXml(absolutiseHtml(a.html, urls.baseUrl))}</content>` : ""}
  </entry>`.replace(/\n\n+/g, "\n");
}
