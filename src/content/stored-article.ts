import { DateTime } from "luxon";
import type { Registry } from "../taxonomy/registry.ts";
import { TAXONOMIES, type Entity } from "../model/entity.ts";
import type { Article } from "../model/article.ts";
import type { Diagnostic } from "../model/diagnostic.ts";

/**
 * `build --incremental`: each article file's validated result, kept beside the output between builds, so a
 * file whose text is unchanged is not parsed, checked and rendered again. An entry counts only under the same
 * `signature` (what decides how every article validates: site.yaml with the command line's --base-url and
 * --path-prefix, entities.yaml but for its descriptions and urls, rendering, and newsdesk's own code), and only for
 * the same text (`source`).
 */
export interface StoredArticles {
  /** What the stored entries were made under. */
  readonly signature?: string;
  /** The entries by file (relative to the content folder). */
  readonly entries: ReadonlyMap<string, StoredEntry>;
  /** How many of them a load took from the last build's instead of validating the file again. */
  readonly reused?: number;
}

/** One file's validated result as plain JSON. */
export interface StoredEntry {
  /** The hash of the file's text. */
  readonly source: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly article?: StoredArticle;
}

/**
 * An article as JSON: times as milliseconds (in the site's time zone when read back), entities whole, and its
 * Markdown body, where that is the end of the file's text as it usually is, as its length only (`bodyTail`): the
 * text is read again to tell whether it changed, and the body is taken from it (half of what the store holds).
 */
export type StoredArticle = Omit<Article, "date" | "updated" | "body"> & {
  readonly date: number;
  readonly updated?: number;
  readonly body?: string;
  readonly bodyTail?: number;
};

/** A validated file as loading hands it on. */
export interface ValidatedFile {
  readonly diagnostics: readonly Diagnostic[];
  readonly article?: Article;
}

/** The entry of a file's result, made from its text and the hash of it. */
export function toStored(source: string, result: ValidatedFile, text: string): StoredEntry {
  const { article } = result;
  if (!article) return { source, diagnostics: result.diagnostics };
  const { body, ...rest } = article;
  return {
    source,
    diagnostics: result.diagnostics,
    article: {
      ...rest,
      ...(text.endsWith(body) ? { bodyTail: body.length } : { body }),
      date: article.date.toMillis(),
      updated: article.updated?.toMillis(),
    },
  };
}

// A stored article's rendered body not decoded yet: the bytes of a JSON string (build/article-store.ts keeps it
// out of the line's JSON). A symbol, not enumerable: neither copied by a spread nor written by JSON.stringify.
const PENDING_HTML = Symbol("pending html");

/**
 * Gives `stored` its rendered body as `json`, the bytes of a JSON string, decoded the first time the article made
 * from it (fromStored) is asked for its html. An incremental build reads the html of the few articles it renders or
 * indexes again; decoding every article's kept most of the store's load time and memory.
 */
export function lazyHtml(stored: StoredArticle, json: Buffer): void {
  Object.defineProperty(stored, PENDING_HTML, { value: json, enumerable: false });
}

// The articles whose html is still the stored bytes, with those bytes.
const undecoded = new WeakMap<object, Buffer>();

// `article`'s html, decoded from `json` when first read, then an ordinary property.
function defineLazyHtml(article: Article, json: Buffer): void {
  undecoded.set(article, json);
  Object.defineProperty(article, "html", {
    enumerable: true,
    configurable: true,
    get(this: Article): string {
      const html = JSON.parse(json.toString("utf8")) as string;
      Object.defineProperty(this, "html", { value: html, enumerable: true, configurable: true, writable: false });
      undecoded.delete(article);
      return html;
    },
  });
}

/**
 * Whether `article`'s html includes `mark`, printable ASCII without a quote or backslash (so JSON writes it as it
 * is): read from the stored bytes when the html has not been decoded, which then stays so.
 */
export function htmlIncludes(item: { readonly html: string }, mark: string): boolean {
  const json = undecoded.get(item);
  return json ? json.includes(mark) : item.html.includes(mark);
}

/**
 * A stored entry as a validated file again, given the file's `text` (whose hash is the entry's source): times in
 * `zone`, and each entity entities.yaml defines as the registry's own object (the same one every other article
 * lists), the others as stored.
 */
export function fromStored(entry: StoredEntry, registry: Registry, zone: string, text: string): ValidatedFile {
  const stored = entry.article;
  if (!stored) return { diagnostics: entry.diagnostics };
  const own = (e: Entity): Entity => {
    const known = registry.lookup(e.kind, e.name);
    return known && known.slug === e.slug ? known : e;
  };
  const { date, updated, body, bodyTail, ...rest } = stored;
  const article: Article = {
    ...rest,
    body: body ?? text.slice(text.length - (bodyTail ?? 0)),
    date: DateTime.fromMillis(date, { zone }),
    ...(updated === undefined ? { updated: undefined } : { updated: DateTime.fromMillis(updated, { zone }) }),
    ...Object.fromEntries(TAXONOMIES.map((kind) => [kind, stored[kind].map(own)])),
  };
  const pending = (stored as { [PENDING_HTML]?: Buffer })[PENDING_HTML];
  if (pending) defineLazyHtml(article, pending);
  return { diagnostics: entry.diagnostics, article };
}
