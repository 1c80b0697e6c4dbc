import { readdir, stat } from "node:fs/promises";
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

/** Counts the files under `root` and their bytes. */
export async function treeSize(root: string): Promise<TreeSize> {
  const files = await listTree(root);
  const sizes = await Promise.all(files.map(async (f) => (await stat(join(root, f))).size));
  return { files: files.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}
