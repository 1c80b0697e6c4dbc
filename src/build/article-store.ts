import { createWriteStream, existsSync } from "node:fs";
import { readFile, rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { DateTime } from "luxon";
import type { Registry } from "../taxonomy/registry.ts";
import { TAXONOMIES, type Entity } from "../model/entity.ts";
import type { Article } from "../model/article.ts";
import type { Diagnostic } from "../model/diagnostic.ts";

/**
 * `build --incremental`: each article file's validated result, kept beside the output between builds, so a
 * file whose text is unchanged is not parsed, checked and rendered again. An entry counts only under the same
 * `signature` (what decides how every article validates: site.yaml with the command line's --base-url and
 * --path-prefix, entities.yaml, rendering, and newsdesk's own code), and only for the same text (`source`).
 */
export interface ArticleStore {
  /** What the stored entries were made under. */
  readonly signature?: string;
  /** The last build's entries, by file (relative to the content folder); loading empties it once it has read them. */
  readonly entries: Map<string, StoredEntry>;
  /** This build's entries, as loading made or reused them: what is written for the next build. */
  next?: { signature: string; entries: Map<string, StoredEntry>; reused: number };
}

/** One file's validated result as plain JSON. */
export interface StoredEntry {
  /** The hash of the file's text. */
  readonly source: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly article?: StoredArticle;
}

/** An article as JSON: times as milliseconds (in the site's time zone when read back), entities whole. */
export type StoredArticle = Omit<Article, "date" | "updated"> & { readonly date: number; readonly updated?: number };

/** A validated file as loading hands it on. */
export interface ValidatedFile {
  readonly diagnostics: readonly Diagnostic[];
  readonly article?: Article;
}

/** The entry of a file's result, made from the hash of its text. */
export function toStored(source: string, result: ValidatedFile): StoredEntry {
  const { article } = result;
  return {
    source,
    diagnostics: result.diagnostics,
    ...(article ? { article: { ...article, date: article.date.toMillis(), updated: article.updated?.toMillis() } } : {}),
  };
}

/**
 * A stored entry as a validated file again: times in `zone`, and each entity entities.yaml defines as the
 * registry's own object (the same one every other article lists), the others as stored.
 */
export function fromStored(entry: StoredEntry, registry: Registry, zone: string): ValidatedFile {
  const stored = entry.article;
  if (!stored) return { diagnostics: entry.diagnostics };
  const own = (e: Entity): Entity => {
    const known = registry.lookup(e.kind, e.name);
    return known && known.slug === e.slug ? known : e;
  };
  const { date, updated, ...rest } = stored;
  const article: Article = {
    ...rest,
    date: DateTime.fromMillis(date, { zone }),
    ...(updated === undefined ? { updated: undefined } : { updated: DateTime.fromMillis(updated, { zone }) }),
    ...Object.fromEntries(TAXONOMIES.map((kind) => [kind, stored[kind].map(own)])),
  };
  return { diagnostics: entry.diagnostics, article };
}

// The first line of the file: what every entry after it was made under.
interface Header {
  readonly format: 1;
  readonly signature: string;
}

/** Reads a store written by writeArticleStore; an absent or unreadable file is an empty store. */
export async function readArticleStore(path: string): Promise<ArticleStore> {
  const entries = new Map<string, StoredEntry>();
  if (!existsSync(path)) return { entries };
  try {
    // One JSON value a line, each decoded alone: a store of 50,000 articles is longer than the longest string
    // JavaScript can hold, so the file is never one string.
    const bytes = await readFile(path);
    let header: Header | undefined;
    for (let start = 0; start < bytes.length; ) {
      const end = bytes.indexOf(10, start);
      if (end === -1) throw new Error("the last line is cut short");
      const value = JSON.parse(bytes.toString("utf8", start, end)) as unknown;
      start = end + 1;
      if (!header) {
        header = value as Header;
        if (header.format !== 1) return { entries: new Map() };
        continue;
      }
      const { file, ...entry } = value as StoredEntry & { file: string };
      entries.set(file, entry);
    }
    return { signature: header?.signature, entries };
  } catch {
    return { entries: new Map() }; // a damaged store only means validating every file
  }
}

/** Writes this build's entries (`store.next`) to `path`, whole or not at all. */
export async function writeArticleStore(path: string, store: ArticleStore): Promise<void> {
  if (!store.next) {
    await rm(path, { force: true });
    return;
  }
  const partial = `${path}.partial`;
  const out = createWriteStream(partial, "utf8");
  const write = async (value: unknown) => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, "drain");
  };
  try {
    await write({ format: 1, signature: store.next.signature } satisfies Header);
    for (const [file, entry] of store.next.entries) await write({ file, ...entry });
    out.end();
    await once(out, "finish");
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
  await rename(partial, path);
}
