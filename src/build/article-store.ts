import { existsSync } from "node:fs";
import { open, readFile, rename, rm, type FileHandle } from "node:fs/promises";
import { lazyHtml, type StoredArticles, type StoredEntry } from "../content/stored-article.ts";

// build --incremental's article store on disk: one JSON value a line, a header first (src/content/stored-article.ts
// says what an entry holds).

// The line each entry was read from: an entry the next build keeps as it was is written back as these bytes, not
// encoded again (at 10,000 articles the store is about 90 MB, and encoding it took a second after every build).
const lines = new WeakMap<StoredEntry, Buffer>();

// The first line of the file: what every entry after it was made under.
interface Header {
  readonly format: typeof FORMAT;
  readonly signature: string;
}

// 2: an article's rendered body after a tab, decoded only when asked for (encodeEntry).
const FORMAT = 2;

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
      const tab = line.indexOf(9);
      const value = JSON.parse(bytes.toString("utf8", start, tab === -1 ? end : start + tab)) as unknown;
      start = end + 1;
      if (!header) {
        header = value as Header;
        if (header.format !== FORMAT) return { entries: new Map() };
        continue;
      }
      const { file, ...entry } = value as StoredEntry & { file: string };
      if (entry.article && tab !== -1) lazyHtml(entry.article, line.subarray(tab + 1, line.length - 1));
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
 * Every write is handed to the file system at once, each at its own offset: writes awaited one after another would
 * wait for the build's next pause, which comes after its pages.
 */
export async function stageArticleStore(path: string, store: StoredArticles | undefined): Promise<StagedStore> {
  const partial = `${path}.partial`;
  const discard = () => rm(partial, { force: true });
  if (!store?.signature) return { commit: () => rm(path, { force: true }), discard };
  // Lines kept from the last store as they were read, the others encoded now; a write takes up to 1,000 of them.
  const writes: { lines: Buffer[]; at: number; size: number }[] = [];
  let at = 0;
  const add = (line: Buffer) => {
    let last = writes.at(-1);
    if (!last || last.lines.length >= 1_000) writes.push((last = { lines: [], at, size: 0 }));
    last.lines.push(line);
    last.size += line.length;
    at += line.length;
  };
  add(Buffer.from(`${JSON.stringify({ format: FORMAT, signature: store.signature } satisfies Header)}\n`));
  for (const [file, entry] of store.entries) add(lines.get(entry) ?? encodeEntry(file, entry));
  const out = await open(partial, "w");
  try {
    await Promise.all(writes.map((write) => writeAll(out, write.lines, write.at, write.size)));
    await out.close();
  } catch (error) {
    await out.close().catch(() => undefined);
    await discard();
    throw error;
  }
  return { commit: () => rename(partial, path), discard };
}

// Writes `buffers` at `position`; writev may write part of them, and the rest is written from where it stopped.
async function writeAll(out: FileHandle, buffers: Buffer[], position: number, size: number): Promise<void> {
  let { bytesWritten } = await out.writev(buffers, position);
  while (bytesWritten < size) {
    const rest = Buffer.concat(buffers, size).subarray(bytesWritten);
    const more = await out.write(rest, 0, rest.length, position + bytesWritten);
    if (more.bytesWritten === 0) throw new Error("the article store could not be written: no space left");
    bytesWritten += more.bytesWritten;
  }
}

// A line of the store: the entry as JSON, and when it has an article its rendered body after a tab, as a JSON
// string of its own (JSON never holds a raw tab), so that reading the store need not decode it (readArticleStore).
function encodeEntry(file: string, entry: StoredEntry): Buffer {
  const article = entry.article;
  if (!article) return Buffer.from(`${JSON.stringify({ file, ...entry })}\n`);
  const { html, ...rest } = article;
  return Buffer.from(`${JSON.stringify({ file, ...entry, article: rest })}\t${JSON.stringify(html)}\n`);
}
