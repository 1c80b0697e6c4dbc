import { createWriteStream, existsSync } from "node:fs";
import { readFile, rename, rm } from "node:fs/promises";
import { once } from "node:events";
import type { StoredArticles, StoredEntry } from "../content/stored-article.ts";

// build --incremental's article store on disk: one JSON value a line, a header first (src/content/stored-article.ts
// says what an entry holds).

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

/** Writes a build's entries to `path`, whole or not at all; without entries, removes the store. */
export async function writeArticleStore(path: string, store: StoredArticles | undefined): Promise<void> {
  if (!store?.signature) {
    await rm(path, { force: true });
    return;
  }
  const partial = `${path}.partial`;
  const out = createWriteStream(partial, "utf8");
  const write = async (value: unknown) => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, "drain");
  };
  try {
    await write({ format: 1, signature: store.signature } satisfies Header);
    for (const [file, entry] of store.entries) await write({ file, ...entry });
    out.end();
    await once(out, "finish");
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
  await rename(partial, path);
}
