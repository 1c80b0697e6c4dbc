import type { DateTime } from "luxon";
import type { AddressBook } from "./address-book.ts";
import type { ImageShelf } from "./image-shelf.ts";
import type { ImportReport } from "./import-report.ts";

// What every importer (WordPress, Jekyll, Hugo) hands the writer: articles and pages in newsdesk's terms. The
// writer (write-import.ts) sorts terms into entities, proposes entities from the text, writes front-matter and
// files, and keeps the manifest that lets a second run leave edited files alone.

/** One article or static page found in the source archive, ready to be written. */
export interface ImportedDoc {
  readonly kind: "article" | "page";
  /** Stable across runs, unique in one import: "wordpress:123", "jekyll:_posts/2011-09-19-Beta-2-Released.md". */
  readonly key: string;
  /** Where it came from, for the report and problems: "export.xml: post 123" or a file path in the source. */
  readonly source: string;
  readonly title: string;
  /** Articles: the publication instant (any zone; written in the site's). Pages: absent. */
  readonly date?: DateTime;
  /** When later than date. */
  readonly updated?: DateTime;
  /** Plain text (no HTML, no Markdown). */
  readonly summary?: string;
  /** Display names. */
  readonly authors: readonly string[];
  /** Category and tag names as shown (not slugs); the writer moves known agencies, outlets, countries out of topics. */
  readonly terms: readonly string[];
  readonly draft: boolean;
  /** Leads the home page's top stories (WordPress's sticky posts). */
  readonly featured?: boolean;
  /** A link post (redirect_to): the external http(s) URL. */
  readonly link?: string;
  /** The address newsdesk gives it, claimed in the AddressBook: slug and site path. */
  readonly slug: string;
  /** Old addresses as site paths, exact case ("/news/2011/09/19/Beta-2-Released/", "/?p=123"). */
  readonly aliases: readonly string[];
  /** Markdown body, links and images already rewritten. */
  readonly body: string;
  /** A lead image placed on the ImageShelf (content-relative path) and its text alternative. */
  readonly image?: { readonly path: string; readonly alt: string };
}

/** What an importer knows of the source site, to write _data/site.yaml when the content folder has none. */
export interface SourceSite {
  readonly title?: string;
  readonly url?: string;
  readonly description?: string;
  readonly language?: string;
  readonly timezone?: string;
}

/** Shared by one import run: the time zone of the target site, addresses, images, the report. */
export interface ImportContext {
  /** IANA zone of the target site (its site.yaml, else the source's, else UTC): decides /YYYY/MM/. */
  readonly zone: string;
  readonly book: AddressBook;
  readonly images: ImageShelf;
  readonly report: ImportReport;
}

/** An importer: what it knows of the site first (cheap), then its documents, streamed. */
export interface Importer {
  probe(): Promise<SourceSite>;
  read(context: ImportContext): AsyncIterable<ImportedDoc>;
}
