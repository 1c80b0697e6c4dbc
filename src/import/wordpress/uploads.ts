import { resolve } from "node:path";
import type { ImageShelf } from "../image-shelf.ts";
import { sourceFile } from "../source-file.ts";

/**
 * Places an uploaded file (its path under wp-content/uploads, "2019/05/chart-300x200.png") from the --uploads
 * folder: the file itself, else the original the size suffix was cut from. The content path, or undefined.
 */
export function placeUpload(shelf: ImageShelf, uploads: string | undefined, file: string): string | undefined {
  if (!uploads || file.split("/").some((s) => s === ".." || s === ".")) return undefined;
  const original = file.replace(/-\d+x\d+(\.[A-Za-z0-9]+)$/, "$1");
  for (const candidate of original === file ? [file] : [file, original]) {
    const placed = shelf.place(sourceFile(uploads, resolve(uploads, candidate)), candidate);
    if (placed) return placed;
  }
  return undefined;
}
