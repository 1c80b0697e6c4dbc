import { existsSync } from "node:fs";
import { open, readFile, rename, rm } from "node:fs/promises";
import type { StoredArticles, StoredEntry } from "../content/stored-article.ts";

// build --incremental's article store on disk: one JSON value a line, a header first (src/content/stored-article.ts
// says what an entry holds).

// The line each entry was read from: an entry the next build keeps as it was is written back as these bytes, not
// encoded again (at 10,000 articles the store is about 90 MB, and encoding it took a second after every build).
const lines = new WeakMap<StoredEntry, Buffer>();

// The first line of the file: what every entry after it was made under.
interface Header {
  readonly format: 1;
  readonly signature: string;
}

/** Reads a store written by writeArticleStore; an absent or unreadable file is an empty store. */
export async function readArticleStore(path: string): Promise<StoredArticles> {
  const entries = new Map<string, StoredEntry>();
  if (!existsSync(path)) return { entries };
  try {
    // One JSON value a line, each decoded alone: a store of 50,000 articles is longer than the longest string
    // JavaScript can hold, so the file is never one string.
    const bytes = await readFile(path);
    let header: Header | undefined;
    for (let start = 0; start < bytes.length;) {
      const end = bytes.indexOf(10, start);
      if (end === -1) throw new Error("the last line is cut short");
      const line = bytes.subarray(start, end + 1);
      const value = JSON.parse(bytes.toString("utf8", start, end)) as unknown;
      start = end + 1;
      if (!header) {
        header = value as Header;
        if (header.format !== 1) return { entries: new Map() };
        continue;
      }
      const { file, ...entry } = value as StoredEntry & { file: string };
      entries.set(file, entry);
      lines.set(entry, line);
    }
    return { signature: header?.signature, entries };
  } catch {
    return { entries: new Map() }; // a damaged store only means validating every file
  }
}

/** Writes a build's entries to `path`, whole or not at all; without entries, removes the store. */
export async function writeArticleStore(path: string, store: StoredArticles | undefined): Promise<void> {
  await (await stageArticleStore(path, store)).commit();
}

/** A store written beside its place, put there by `commit` or removed by `discard`. */
export interface StagedStore {
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/**
 * Writes a build's entries to `path`.partial, so that the writing overlaps the rest of the build; `commit` then
 * puts it at `path`, and `discard` removes it (a build that failed). Without entries, `commit` removes the store.
 */
export async function stageArticleStore(path: string, store: StoredArticles | undefined): Promise<StagedStore> {
  const partial = `${path}.partial`;
  const discard = () => rm(partial, { force: true });
  if (!store?.signature) return { commit: () => rm(path, { force: true }), discard };
  const out = await open(partial, "w");
  // Written in slices of a few MB: lines kept from the last store as they were read, the others encoded now.
  let slice: Buffer[] = [];
  let size = 0;
  const flush = async () => {
    // writeFile writes all of it from where the last write ended (writev may write part of a slice).
    await out.writeFile(Buffer.concat(slice, size));
    slice = [];
    size = 0;
  };
  const add = async (line: Buffer) => {
    slice.push(line);
    size += line.length;
    if (slice.length >= 1_000 || size >= 4_194_304) await flush();
  };
  try {
    await add(Buffer.from(`${JSON.stringify({ format: 1, signature: store.signature } satisfies Header)}\n`));
    for (const [file, entry] of store.entries)
      await add(lines.get(entry) ?? Buffer.from(`${JSON.stringify({ file, ...entry })}\n`));
    await flush();
    await out.close();
  } catch (error) {
    await out.close().catch(() => undefined);
    await discard();
    throw error;
  }
  return { commit: () => rename(partial, path), discard };
}
