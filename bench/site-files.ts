import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/** One file of a generated folder: its path relative to the folder and its text. */
export interface SiteFile {
  readonly path: string;
  readonly text: string;
}

/** Writes files under `root`, making folders as needed; a few at a time, so 50,000 files never exhaust handles. */
export async function writeSiteFiles(root: string, files: readonly SiteFile[]): Promise<void> {
  const folders = new Set(files.map((f) => dirname(join(root, f.path))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  const BATCH = 64;
  for (let i = 0; i < files.length; i += BATCH) {
    await Promise.all(files.slice(i, i + BATCH).map((f) => writeFile(join(root, f.path), f.text)));
  }
}
