import { MAX_SHARDS, searchBundlePaths } from "../search/shards.ts";
import { fingerprinted } from "./assets.ts";
import { IMAGE_PATH } from "./responsive-image.ts";
import { outputFileFor } from "./urls.ts";

// What newsdesk writes besides the pages of the model, named by the modules that write it: fingerprinted assets,
// resized images and the search bundles. Their file names are newsdesk's (hashes, Pagefind's chunks), so the
// whole folder is reserved, not only the files of this build.
const FOLDERS: readonly { readonly path: string; readonly what: string }[] = [
  { path: fingerprinted("x", "css", "").path.replace(/[^/]+$/, ""), what: "the site's stylesheet, scripts and logo" },
  { path: IMAGE_PATH, what: "resized lead images" },
  ...searchBundlePaths(MAX_SHARDS).map((path) => ({ path, what: "the search index" })),
];

/** The folder newsdesk fills with its own files that `path` lies in (/assets/, /img/, /pagefind/ …), if any. */
export function reservedFolder(path: string): { readonly path: string; readonly what: string } | undefined {
  const lower = path.toLowerCase();
  return FOLDERS.find((folder) => lower.startsWith(folder.path) || `${lower}/` === folder.path);
}

/**
 * The site path a redirect from `from` is written at: an old address without extension or trailing slash gets
 * its redirect page as a folder index ("/old" → "/old/"), so it is served with and without the slash.
 */
export function redirectPagePath(from: string): string {
  return from.endsWith("/") || /\.\w+$/.test(from) ? from : `${from}/`;
}

/**
 * The key two outputs collide on: the file under the output folder, without case (a case-insensitive disk, as on
 * macOS and Windows, or a host that ignores case, serves one for the other). Undefined for a path that cannot be
 * written at all (src/model/safe-url.ts reports why).
 */
export function outputKey(path: string): string | undefined {
  try {
    return outputFileFor(path).toLowerCase();
  } catch {
    return undefined;
  }
}
