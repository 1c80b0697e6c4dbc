import type { Article } from "../model/article.ts";
import { formatLongDate, isoDateTime } from "../model/dates.ts";
import type { BundleItem } from "./shards.ts";
import { isPublishableTlp } from "../model/tlp.ts";
import { unescapeHtml } from "../render/html.ts";

/** One search index entry: what Pagefind stores for an article. */
export interface SearchRecord {
  readonly url: string;
  readonly content: string;
  readonly language: string;
  readonly meta: Record<string, string>;
  readonly filters: Record<string, string[]>;
  readonly sort: Record<string, string>;
}

/** Plain text of rendered HTML: tags dropped, the five escapes undone, blocks kept apart. */
export function htmlToText(htmlText: string): string {
  const text = htmlText.replace(/<\/(p|h[1-6]|li|blockquote|pre|tr)>/g, "\n").replace(/<[^>]*>/g, "");
  return unescapeHtml(text)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The articles search indexes: published ones, never drafts, scheduled articles or a TLP label never published. */
export function searchable(articles: readonly Article[]): Article[] {
  return articles.filter((a) => !a.draft && !a.scheduled && isPublishableTlp(a.tlp));
}

/**
 * Search records for published articles: body text as content, entity and year filters, a date sort key.
 * URLs are site paths (an article's `path`): the search page's UI puts the path prefix in front (its baseUrl).
 */
export function searchRecords(articles: readonly Article[], language: string): SearchRecord[] {
  const lang = language.split("-")[0]!.toLowerCase();
  return searchable(articles).map((a) => ({
    url: a.path,
    content: [a.title, a.summary ?? "", htmlToText(a.html)].join("\n\n"),
    language: lang,
    meta: { title: a.title, date: formatLongDate(a.date, language), ...(a.dek ? { summary: a.dek } : {}) },
    filters: {
      agency: a.agencies.map((e) => e.name),
      outlet: a.outlets.map((e) => e.name),
      country: a.countries.map((e) => e.name),
      actor: a.actors.map((e) => e.name),
      malware: a.malware.map((e) => e.name),
      CVE: a.cves.map((e) => e.name),
      topic: a.topics.map((e) => e.name),
      year: [String(a.date.year)],
    },
    sort: { date: isoDateTime(a.date.toUTC()) },
  }));
}

/** What decides the search bundle of each published article (src/search/shards.ts), in searchRecords' order. */
export function bundleItems(articles: readonly Article[]): BundleItem[] {
  return searchable(articles).map((a) => ({ url: a.path, year: a.date.year, when: isoDateTime(a.date.toUTC()) }));
}
