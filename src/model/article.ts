import type { DateTime } from "luxon";
import type { Entity, TaxonomyKind } from "./entity.ts";
import type { TlpLabel } from "./tlp.ts";

/** A CVSS vector with its score: the base score for 3.1, CVSS-BTE for 4.0, and the rating of that score. */
export interface CvssScore {
  readonly vector: string;
  readonly version: "3.1" | "4.0";
  readonly score: number;
  readonly severity: "None" | "Low" | "Medium" | "High" | "Critical";
}

/** One story, validated and resolved: what every page, list, feed and sitemap is built from. */
export interface Article {
  /** Source file relative to the content folder. */
  readonly file: string;
  readonly title: string;
  readonly slug: string;
  /** Site path, /YYYY/MM/slug/ (no path prefix). */
  readonly path: string;
  /** Where the path was decided: the slug field when given, else the date (the slug then comes from the file name). */
  readonly pathFrom?: { readonly field: "slug" | "date"; readonly line: number; readonly column: number };
  /** Publication time in the site's time zone. */
  readonly date: DateTime;
  readonly updated?: DateTime;
  /** The editor's summary (front-matter summary), shown under the headline. */
  readonly summary?: string;
  /**
   * What lists, meta descriptions, feeds, structured data and search show of the article: the summary, or
   * without one the first paragraph's text cut near 160 characters; undefined when there is neither.
   */
  readonly dek?: string;
  /** A link post's target (front-matter link): an http(s) URL the headline links out to. */
  readonly link?: string;
  readonly authors: readonly string[];
  readonly featured: boolean;
  readonly draft: boolean;
  /** Dated after the build's `now`: published only with --future. */
  readonly scheduled: boolean;
  readonly image?: string;
  readonly imageAlt?: string;
  readonly agencies: readonly Entity[];
  readonly outlets: readonly Entity[];
  readonly countries: readonly Entity[];
  /** Threat actors (entities.yaml actors:). */
  readonly actors: readonly Entity[];
  /** Malware families (entities.yaml malware:). */
  readonly malware: readonly Entity[];
  /** CVEs the article names: its cves: field and the IDs in its title, summary and body text. */
  readonly cves: readonly Entity[];
  readonly topics: readonly Entity[];
  /** The vulnerability's CVSS vector, scored (front-matter cvss). */
  readonly cvss?: CvssScore;
  /** Affected products, vendor and product, as written (front-matter products). */
  readonly products?: readonly string[];
  /** The Traffic Light Protocol 2.0 label (front-matter tlp); only CLEAR and GREEN reach a published page. */
  readonly tlp?: TlpLabel;
  /** Markdown body as written. */
  readonly body: string;
  /** Line of the file on which the body starts. */
  readonly bodyLine: number;
  /** Rendered body HTML ("" when not rendered). */
  readonly html: string;
  /** Root-relative links in the body, checked against the pages the build produces. */
  readonly links: readonly ArticleLink[];
  /** Body images from the content folder (resolved and resized like the lead image), with their lines. */
  readonly bodyImages?: readonly BodyImage[];
  readonly wordCount: number;
  readonly readingMinutes: number;
  /** Articles the editor pins first in the related list (front-matter related), in their order. */
  readonly related?: readonly ArticleReference[];
  /** Articles the editor keeps out of the related list (front-matter related_exclude). */
  readonly relatedExclude?: readonly ArticleReference[];
  /** Old addresses that redirect to this article (front-matter aliases), with where each was written. */
  readonly aliases?: readonly ArticleReference[];
  /** A hash of the file's text: with the site's data, what every field above is made from (incremental rendering). */
  readonly source?: string;
}

/** An article named in front-matter by slug (or by path /YYYY/MM/slug/), with where it was written. */
export interface ArticleReference {
  readonly value: string;
  readonly line: number;
  readonly column: number;
}

/** A static page from pages/*.md (about, contact). */
export interface StaticPage {
  readonly file: string;
  readonly title: string;
  readonly slug: string;
  readonly path: string;
  /** Where slug: is written; absent when the slug comes from the file name. */
  readonly slugAt?: { readonly line: number; readonly column: number };
  readonly summary?: string;
  /** The summary, or the first paragraph's text cut near 160 characters: the page's meta description. */
  readonly dek?: string;
  readonly updated?: DateTime;
  readonly body: string;
  readonly html: string;
  /** Old addresses that redirect to this page (front-matter aliases), with where each was written. */
  readonly aliases?: readonly ArticleReference[];
  /** Body images from the content folder, with their lines. */
  readonly bodyImages?: readonly BodyImage[];
}

/** An article's entities of one taxonomy. */
export function entitiesOf(article: Article, kind: TaxonomyKind): readonly Entity[] {
  return article[kind];
}

/** Newest first; equal times by path, so order never depends on file system order. */
export function byDateDesc(a: Article, b: Article): number {
  return b.date.toMillis() - a.date.toMillis() || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** `articles` sorted by byDateDesc, each date read once (a sort compares each article many times). */
export function newestFirst(articles: readonly Article[]): Article[] {
  const keyed = articles.map((a) => ({ a, t: a.date.toMillis() }));
  keyed.sort((x, y) => y.t - x.t || (x.a.path < y.a.path ? -1 : x.a.path > y.a.path ? 1 : 0));
  return keyed.map((k) => k.a);
}

/** An internal link of an article body, at a line of the file. */
export interface ArticleLink {
  readonly href: string;
  readonly line: number;
}

/** An image of a body whose target is a path into the content folder (no scheme), at its line of the file. */
export interface BodyImage {
  /** The target as written (percent-decoded), e.g. images/harbour.png or /images/harbour.png. */
  readonly src: string;
  readonly line: number;
}
