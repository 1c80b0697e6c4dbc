import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { copyFile, link, mkdir, readdir, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { mapLimited } from "../content/map-limited.ts";
import type { OutputFile } from "./outputs.ts";
import type { MemoSplit } from "./render-memo.ts";
import type { ArticleStore } from "./article-store.ts";
import { manifestPath } from "../site/reserved-paths.ts";

/**
 * `build --incremental`: the last build's output folder and the key of each file in it (src/build/render-memo.ts).
 * A file whose key is unchanged is linked from the last output instead of rendered; each search bundle is
 * reused when its records are unchanged. What this build did is left in `result` for the manifest.
 */
export interface IncrementalBuild {
  /** The last build's output folder. */
  readonly previous: string;
  /** Its files' keys; empty when there is nothing to reuse. */
  readonly keys: ReadonlyMap<string, string>;
  /** Its search bundles' keys, in the order of their paths (/pagefind/, /pagefind-2/, …). */
  readonly searchKeys?: readonly string[];
  /** newsdesk's own code: what the article store is made under (the options that matter to it are in site.yaml's). */
  readonly version: string;
  /** The last build's validated articles (`articleStorePath`), read before the build. */
  articles?: ArticleStore;
  result?: IncrementalResult;
}

/** What an incremental build did. */
export interface IncrementalResult {
  keys: Map<string, string>;
  reused: number;
  rendered: number;
  searchKeys?: string[];
  /** Every search bundle reused. */
  searchReused: boolean;
  /** How many search bundles were indexed afresh. */
  searchRebuilt: number;
}

interface Manifest {
  readonly format: 2;
  /** newsdesk's own code: another version renders differently, so nothing is reused. */
  readonly code: string;
  readonly search?: string[];
  readonly keys: Record<string, string>;
}

/**
 * The last build's keys, or none when there is no manifest, no output folder, or the manifest was written by
 * other code or settings (`settings`: the command line's options that change every page).
 */
export function readManifest(out: string, settings: unknown): IncrementalBuild {
  const version = codeVersion(null);
  const none: IncrementalBuild = { previous: out, keys: new Map(), version };
  const path = manifestPath(out);
  if (!existsSync(path) || !existsSync(out)) return none;
  try {
    const manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
    if (manifest.format !== 2 || manifest.code !== codeVersion(settings)) return none;
    return { previous: out, keys: new Map(Object.entries(manifest.keys)), searchKeys: manifest.search, version };
  } catch {
    return none; // an unreadable manifest only means a full build
  }
}

/** Writes the manifest of the build just finished (after its output folder is in place). */
export async function writeManifest(out: string, settings: unknown, result: IncrementalResult): Promise<void> {
  const manifest: Manifest = { format: 2, code: codeVersion(settings), search: result.searchKeys, keys: Object.fromEntries(result.keys) };
  await writeFile(manifestPath(out), `${JSON.stringify(manifest)}\n`);
}

const LINKS_AT_ONCE = 64;

/**
 * Puts every unchanged output of `split` into `outDir` from the last output folder (a hard link, or a copy
 * where links cannot be made) and returns those that could not be found there, to be rendered like the changed.
 */
export async function reuseOutputs(build: IncrementalBuild, split: MemoSplit, outDir: string): Promise<OutputFile[]> {
  const missing: OutputFile[] = [];
  const folders = new Set<string>();
  // Each folder made once, not once a file (at 10,000 articles that is 19,000 calls fewer).
  for (const output of split.unchanged) folders.add(dirname(join(outDir, output.file)));
  await mapLimited([...folders].sort(), LINKS_AT_ONCE, (folder) => mkdir(folder, { recursive: true }));
  await mapLimited(split.unchanged, LINKS_AT_ONCE, async (output) => {
    if (!(await place(join(build.previous, output.file), join(outDir, output.file), false))) missing.push(output);
  });
  build.result = Object.assign(build.result ?? { searchReused: false, searchRebuilt: 0 }, { keys: split.keys, reused: split.unchanged.length - missing.length, rendered: split.changed.length + missing.length });
  return missing;
}

/** Copies a folder of the last output (the search bundle) into the new one, file by file as links. */
export async function reuseFolder(from: string, to: string): Promise<void> {
  const files = (await readdir(from, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  await mapLimited(files, LINKS_AT_ONCE, async (file) => {
    if (!(await place(file, join(to, relative(from, file))))) throw new Error(`search index: ${file} vanished while it was reused`);
  });
}

// A hard link from `from` to `to`, or a copy on a file system without them; false when `from` is missing.
async function place(from: string, to: string, makeFolder = true): Promise<boolean> {
  if (makeFolder) await mkdir(dirname(to), { recursive: true });
  try {
    await link(from, to);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return false;
    if (code !== "EXDEV" && code !== "EPERM" && code !== "ENOTSUP") throw error;
  }
  await copyFile(from, to);
  return true;
}

/** A key for one search bundle's records at its path: equal keys, identical bundles. */
export function searchKey(records: unknown, bundle: string): string {
  return createHash("sha1").update(JSON.stringify([records, bundle])).digest("base64");
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
let code: string | undefined;

/** A hash of newsdesk's source, templates and locked dependencies, with `settings`. */
export function codeVersion(settings: unknown): string {
  code ??= hashTree(["package-lock.json", "src", "layouts"]);
  return createHash("sha1").update(code + JSON.stringify(settings)).digest("base64");
}

// Every file of the entries (files or folders), in a fixed order, path and content.
function hashTree(entries: readonly string[]): string {
  const h = createHash("sha1");
  for (const entry of entries) {
    const full = join(ROOT, entry);
    if (!existsSync(full)) continue;
    const files = statSync(full).isDirectory()
      ? readdirSync(full, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort()
      : [full];
    for (const file of files) h.update(relative(ROOT, file)).update(readFileSync(file));
  }
  return h.digest("base64");
}
