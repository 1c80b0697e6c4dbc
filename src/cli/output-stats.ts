import { readdirSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";

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
 * Counts the files under `root` and their bytes. Synchronous: one stat a file, and a promise for each costs more
 * than the stat (at 10,000 articles, 30,000 files: about 0.6 s against 1.2–1.8 s).
 */
export function treeSize(root: string): TreeSize {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
