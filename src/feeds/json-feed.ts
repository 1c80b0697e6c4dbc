import type { Article } from "../model/article.ts";
import { isoDateTime } from "../model/dates.ts";
import { absolutiseHtml } from "../render/xml.ts";
import type { Urls } from "../model/urls.ts";
import { TAXONOMIES } from "../model/entity.ts";
import { FEED_SIZE, type FeedInfo } from "./atom.ts";

/** A JSON Feed 1.1 document of the newest articles. */
export function jsonFeed(info: FeedInfo, articles: readonly Article[], urls: Urls): string {
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: info.title,
    description: info.subtitle,
    home_page_url: urls.absolute(info.pagePath),
    feed_url: urls.absolute(info.feedPath),
    language: info.language,
    authors: [{ name: info.author }],
    items: articles.slice(0, FEED_SIZE).map((a) => ({
      id: urls.absolute(a.path),
      url: urls.absolute(a.path),
      ...(a.link ? { external_url: a.link } : {}),
      title: a.title,
      content_html: absolutiseHtml(a.html, urls.baseUrl),
      ...(a.dek ? { summary: a.dek } : {}),
      date_published: isoDateTime(a.date),
      ...(a.updated ? { date_modified: isoDateTime(a.updated) } : {}),
      ...(a.authors.length > 0 ? { authors: a.authors.map((name) => ({ name })) } : {}),
      tags: TAXONOMIES.flatMap((kind) => a[kind].map((e) => e.name)),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
