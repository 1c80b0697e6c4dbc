import { basename, dirname, join } from "node:path";
import { MAX_SHARDS, searchBundlePaths } from "../model/search-bundles.ts";
import { fingerprinted } from "./assets.ts";
import { IMAGE_PATH } from "./responsive-image.ts";
import { outputFileFor } from "../model/urls.ts";

// What newsdesk writes besides the pages of the model, named by the modules that write it: fingerprinted assets,
// resized images and the search bundles. Their file names are newsdesk's (hashes, Pagefind's chunks), so the
// whole folder is reserved, not only the files of this build.
const FOLDERS: readonly { readonly path: string; readonly what: string }[] = [
  { path: fingerprinted("x", "css", "").path.replace(/[^/]+$/, ""), what: "the site's stylesheet, scripts and logo" },
  { path: IMAGE_PATH, what: "resized lead images" },
  ...searchBundlePaths(MAX_SHARDS).map((path) => ({ path, what: "the search index" })),
];

/** The manifest beside the output folder: `_site` keeps its keys in `._site.newsdesk.json`. */
export function manifestPath(out: string): string {
  return join(dirname(out), `.${basename(out)}.newsdesk.json`);
}

/** The article store beside it (src/build/article-store.ts): `._site.newsdesk.articles.ndjson`. */
export function articleStorePath(out: string): string {
  return join(dirname(out), `.${basename(out)}.newsdesk.articles.ndjson`);
}

/** The file every output newsdesk writes carries: a folder with it is one a later build may replace. */
export const OUTPUT_MARKER = ".newsdesk-output";

// newsdesk's own dot files at the top of an output, or beside it (build --incremental's manifest and article
// store, `._site.newsdesk.json`): an alias there would be taken for one, or stop the marker being written.
const OWN_FILES: readonly { readonly test: (name: string) => boolean; readonly what: string }[] = [
  { test: (name) => name === OUTPUT_MARKER, what: "the mark that lets a later build replace the folder" },
  { test: ownFile(manifestPath), what: "the manifest of build --incremental" },
  { test: ownFile(articleStorePath), what: "the article store of build --incremental" },
];

// A test for the names `place` gives output folders' files ("._site.newsdesk.json" for any folder name).
function ownFile(place: (out: string) => string): (name: string) => boolean {
  const suffix = basename(place("/x")).slice(".x".length);
  return (name) => name.startsWith(".") && name.length > suffix.length + 1 && name.endsWith(suffix);
}

/**
 * The folder newsdesk fills with its own files that `path` lies in (/assets/, /img/, /pagefind/ …), or the own
 * file at the top of the output it is or lies in (/.newsdesk-output), if any. `path` is decoded (see
 * redirectPagePath); case does not count.
 */
export function reservedFolder(path: string): { readonly path: string; readonly what: string } | undefined {
  const lower = path.toLowerCase();
  const top = lower.split("/")[1] ?? "";
  const own = OWN_FILES.find((file) => file.test(top));
  if (own) return { path: `/${top}`, what: own.what };
  return FOLDERS.find((folder) => lower.startsWith(folder.path) || `${lower}/` === folder.path);
}

/** True for a site path (without prefix) in a folder newsdesk writes its scripts to: /assets/ or a search bundle. */
export function isNewsdeskScriptPath(path: string): boolean {
  return FOLDERS.some((folder) => folder.path !== IMAGE_PATH && path.startsWith(folder.path));
}

/**
 * The site path a redirect from `from` (a normal-form site path, src/model/safe-url.ts) is written at, decoded
 * as hosts look files up ("/caf%C3%A9/" is the folder café/): an old address without extension or trailing slash
 * gets its redirect page as a folder index ("/old" → "/old/"), so it is served with and without the slash.
 */
export function redirectPagePath(from: string): string {
  let decoded = from;
  try {
    decoded = decodeURIComponent(from);
  } catch {
    // Not a checked path: left as it is, for outputKey to refuse.
  }
  return decoded.endsWith("/") || /\.\w+$/.test(decoded) ? decoded : `${decoded}/`;
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
