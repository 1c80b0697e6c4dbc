import { readdirSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/** Every file under a folder, as paths relative to it (forward slashes), sorted. */
export async function listTree(root: string, dir = ""): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => {
      const path = dir ? `${dir}/${e.name}` : e.name;
      return e.isDirectory() ? listTree(root, path) : [path];
    }),
  );
  return nested.flat().sort();
}

/** A folder's file count and total size in bytes. */
export interface TreeSize {
  readonly files: number;
  readonly bytes: number;
}

/**
 * Every file under `root`, relative to it with forward slashes, with its size in bytes. Synchronous: one stat a
 * file, and a promise for each costs more than the stat (at 10,000 articles, 30,000 files: about 0.6 s against
 * 1.2–1.8 s).
 */
export function treeFiles(root: string): Map<string, number> {
  const files = new Map<string, number>();
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(root, path).split(sep).join("/"), statSync(path).size);
  }
  return files;
}

/** The count and total size of files listed with their sizes (treeFiles). */
export function sizeOf(files: ReadonlyMap<string, number>): TreeSize {
  let bytes = 0;
  for (const size of files.values()) bytes += size;
  return { files: files.size, bytes };
}
