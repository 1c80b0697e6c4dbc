import { lstatSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { manifestPath } from "../site/incremental.ts";

/** The file every output newsdesk writes carries: a folder with it is one newsdesk may replace. */
export const OUTPUT_MARKER = ".newsdesk-output";

const MARKER_TEXT = "newsdesk built this folder and replaces it whole on the next build: keep nothing else in it.\n";

/** Writes the marker into a folder newsdesk is writing a site into. */
export async function markOutput(folder: string): Promise<void> {
  await writeFile(join(folder, OUTPUT_MARKER), MARKER_TEXT);
}

/** Whether `folder` carries the marker as a plain file (a link named like it does not count). */
export function hasMarker(folder: string): boolean {
  try {
    return lstatSync(join(folder, OUTPUT_MARKER)).isFile();
  } catch {
    return false;
  }
}

/**
 * Whether `out` is an output an earlier newsdesk wrote before outputs carried the marker: a build --incremental
 * left its manifest beside it (`._site.newsdesk.json`, see src/site/incremental.ts), which names this folder.
 * CI caches restore exactly that pair, so their next build is not refused.
 */
export function isUnmarkedNewsdeskOutput(out: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(manifestPath(out), "utf8")) as { format?: unknown; keys?: unknown };
    return typeof manifest.format === "number" && typeof manifest.keys === "object" && manifest.keys !== null;
  } catch {
    return false;
  }
}
