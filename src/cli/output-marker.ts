import { lstatSync, readFileSync, readdirSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { manifestPath } from "../site/reserved-paths.ts";
import { OUTPUT_MARKER } from "../site/reserved-paths.ts";

// Defined with the paths newsdesk reserves, so no alias or page can take it; re-exported for the command line.
export { OUTPUT_MARKER };

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
 * What keeps `out` from being an output an earlier newsdesk wrote before outputs carried the marker: a build
 * --incremental left its manifest beside it (`._site.newsdesk.json`, see src/build/incremental-store.ts), and every file
 * in the folder must be one that build wrote: a page the manifest lists (or its .gz/.br), an image variant in
 * img/, or a file of the search index. CI caches restore exactly that pair, so their next build is not refused; a
 * stale manifest beside a folder of someone's own files does not make it newsdesk's. Returns the files newsdesk
 * would not have written (none: it is an older output), or undefined when there is no such manifest.
 */
export function unlistedFiles(out: string): readonly string[] | undefined {
  let listed: Set<string>;
  try {
    const manifest = JSON.parse(readFileSync(manifestPath(out), "utf8")) as { format?: unknown; keys?: unknown };
    if (typeof manifest.format !== "number" || typeof manifest.keys !== "object" || manifest.keys === null) {
      return undefined;
    }
    listed = new Set(Object.keys(manifest.keys));
  } catch {
    return undefined;
  }
  return filesIn(out)?.filter((file) => !isBuiltFile(file, listed));
}

// Image variants (`img/<hash>-<width>.<format>`) and search-index files, which the manifest does not list
// (with --compress, a .gz and .br of each too).
const GENERATED = [
  /^img\/[\w-]+-\d+\.(png|jpe?g|webp|avif|gif)$/,
  /^pagefind(-\d+)?\/((filter|fragment|index)\/)?[\w.-]+\.(pf_filter|pf_fragment|pf_index|pf_meta)$/,
  /^pagefind(-\d+)?\/[\w.-]+\.(pagefind|js|css|json)$/,
];

function isBuiltFile(file: string, listed: ReadonlySet<string>): boolean {
  const page = file.replace(/\.(gz|br)$/, "");
  return listed.has(file) || listed.has(page) || GENERATED.some((pattern) => pattern.test(page));
}

// Every file and link under `dir` (links not followed), relative with forward slashes; undefined if unreadable.
function filesIn(dir: string, prefix = ""): string[] | undefined {
  try {
    const found: string[] = [];
    for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (!entry.isDirectory()) found.push(path);
      else {
        const nested = filesIn(dir, path);
        if (nested === undefined) return undefined;
        found.push(...nested);
      }
    }
    return found;
  } catch {
    return undefined;
  }
}
