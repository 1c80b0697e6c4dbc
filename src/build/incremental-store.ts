import { versionHash, versionHasher } from "../model/hash.ts";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { copyFile, link, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { mapLimited } from "../content/map-limited.ts";
import type { OutputFile } from "./outputs.ts";
import { splitByKey, type Keyer, type MemoSplit } from "./render-memo.ts";
import type { StoredArticles } from "../content/stored-article.ts";
import { readArticleStore, writeArticleStore } from "./article-store.ts";
import { articleStorePath, manifestPath } from "../site/reserved-paths.ts";

/** The last build's keys, as its manifest gives them. */
interface LastBuild {
  /** Its files' keys; empty when there is nothing to reuse. */
  readonly keys: ReadonlyMap<string, string>;
  /** Its search bundles' keys, in the order of their paths (/pagefind/, /pagefind-2/, …). */
  readonly searchKeys?: readonly string[];
}

/** What an incremental build did, for its summary. */
export interface IncrementalSummary {
  readonly rendered: number;
  readonly reused: number;
  /** Every search bundle reused. */
  readonly searchReused: boolean;
  /** How many search bundles were indexed afresh, of `searchBundles`. */
  readonly searchRebuilt: number;
  readonly searchBundles: number;
  /** Articles taken from the article store instead of validated again. */
  readonly articlesReused: number;
}

interface Manifest {
  readonly format: 2;
  /** newsdesk's own code: another version renders differently, so nothing is reused. */
  readonly code: string;
  readonly search?: string[];
  readonly keys: Record<string, string>;
}

/**
 * `build --incremental`'s store beside the output folder: the last build's manifest (the key of each file in
 * its output, src/build/render-memo.ts; each search bundle's key) and article store (src/build/article-store.ts).
 * A file whose key is unchanged is linked from the last output instead of rendered; a search bundle whose records
 * are unchanged is linked whole; an article file whose text is unchanged is not validated again. The store is
 * the one owner of all of it: the build tells it what it made, and it writes the next manifest and store.
 */
export class IncrementalStore {
  /** newsdesk's own code: what the article store is made under (the options that matter to it are in site.yaml's). */
  readonly version = codeVersion(null);
  private outputs?: { keys: ReadonlyMap<string, string>; reused: number; rendered: number };
  private search?: { keys?: readonly string[]; rebuilt: number };
  private stored?: StoredArticles;
  private last: StoredArticles;

  private constructor(
    /** The output folder: the last build's, until this build's is swapped in. */
    readonly out: string,
    private readonly settings: unknown,
    private readonly previous: LastBuild,
    articles: StoredArticles,
  ) {
    this.last = articles;
  }

  /**
   * The store beside `out` for a build with `settings` (the command line's options that change every page): the
   * last build's keys and articles when `incremental`, else none. Either way the manifest is removed now, since
   * the output it describes is about to be replaced; a plain build removes the article store too.
   */
  static async open(out: string, settings: unknown, incremental: boolean): Promise<IncrementalStore | undefined> {
    const last = incremental ? readManifest(out, settings) : undefined;
    const articles = last ? await readArticleStore(articleStorePath(out)) : undefined;
    if (!last) await rm(articleStorePath(out), { force: true });
    return last && articles && new IncrementalStore(out, settings, last, articles);
  }

  /**
   * Removes the last build's manifest: called once a build has succeeded, just before its output replaces the last
   * one, which the manifest describes. A build that fails leaves both, so the next build --incremental (the fixed
   * push, in CI) still reuses the last output.
   */
  static async forget(out: string): Promise<void> {
    await rm(manifestPath(out), { force: true });
  }

  /** The last build's validated articles, for loading. */
  articles(): { readonly articles: StoredArticles; readonly version: string } {
    return { articles: this.last, version: this.version };
  }

  /** What this build's load made or reused: written for the next build; the last build's entries are let go. */
  loaded(stored: StoredArticles | undefined): void {
    this.stored = stored;
    this.last = { entries: new Map() };
  }

  /** Whether search bundle `k` at `bundle` can be linked from the last output: its records' key is unchanged. */
  reusableBundle(k: number, key: string | undefined, bundle: string): boolean {
    return key !== undefined && this.previous.searchKeys?.[k] === key && existsSync(join(this.out, bundle));
  }

  /** Links a search bundle of the last output into `outDir`. */
  reuseBundle(bundle: string, outDir: string): Promise<void> {
    return reuseFolder(join(this.out, bundle), join(outDir, bundle));
  }

  /** This build's search bundle keys and how many bundles it indexed afresh. */
  searched(keys: readonly string[] | undefined, rebuilt: number): void {
    this.search = { keys, rebuilt };
  }

  /** Splits `outputs` by their keys against the last build's, links the unchanged into `outDir`, returns those to render. */
  async reuse(outputs: readonly OutputFile[], keyer: Keyer, outDir: string): Promise<OutputFile[]> {
    const split = splitByKey(outputs, this.previous.keys, keyer);
    const missing = await reuseOutputs(this.out, split, outDir);
    this.outputs = {
      keys: split.keys,
      reused: split.unchanged.length - missing.length,
      rendered: split.changed.length + missing.length,
    };
    return [...split.changed, ...missing];
  }

  /** What this build reused and made; undefined before its outputs were split. */
  summary(): IncrementalSummary | undefined {
    if (!this.outputs) return undefined;
    const rebuilt = this.search?.rebuilt ?? 0;
    return {
      rendered: this.outputs.rendered,
      reused: this.outputs.reused,
      searchReused: rebuilt === 0,
      searchRebuilt: rebuilt,
      searchBundles: this.search?.keys?.length ?? 1,
      articlesReused: this.stored?.reused ?? 0,
    };
  }

  /** Writes the next build's manifest and article store, once this build's output is in place. */
  async save(): Promise<void> {
    if (this.outputs) {
      const manifest: Manifest = {
        format: 2,
        code: codeVersion(this.settings),
        search: this.search?.keys ? [...this.search.keys] : undefined,
        keys: Object.fromEntries(this.outputs.keys),
      };
      await writeFile(manifestPath(this.out), `${JSON.stringify(manifest)}\n`);
    }
    await writeArticleStore(articleStorePath(this.out), this.stored);
  }
}

// The last build's keys, or none when there is no manifest, no output folder, or the manifest was written by
// other code or settings.
function readManifest(out: string, settings: unknown): LastBuild {
  const none: LastBuild = { keys: new Map() };
  const path = manifestPath(out);
  if (!existsSync(path) || !existsSync(out)) return none;
  try {
    const manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
    if (manifest.format !== 2 || manifest.code !== codeVersion(settings)) return none;
    return { keys: new Map(Object.entries(manifest.keys)), searchKeys: manifest.search };
  } catch {
    return none; // an unreadable manifest only means a full build
  }
}

const LINKS_AT_ONCE = 64;

// Puts every unchanged output of `split` into `outDir` from the last output folder `previous` (a hard link, or a
// copy where links cannot be made) and returns those that could not be found there, to be rendered like the changed.
async function reuseOutputs(previous: string, split: MemoSplit, outDir: string): Promise<OutputFile[]> {
  const missing: OutputFile[] = [];
  const folders = new Set<string>();
  // Each folder made once, not once a file (at 10,000 articles that is 19,000 calls fewer).
  for (const output of split.unchanged) folders.add(dirname(join(outDir, output.file)));
  await mapLimited([...folders].sort(), LINKS_AT_ONCE, (folder) => mkdir(folder, { recursive: true }));
  await mapLimited(split.unchanged, LINKS_AT_ONCE, async (output) => {
    if (!(await place(join(previous, output.file), join(outDir, output.file), false))) missing.push(output);
  });
  return missing;
}

// Copies a folder of the last output (the search bundle) into the new one, file by file as links.
async function reuseFolder(from: string, to: string): Promise<void> {
  const files = (await readdir(from, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
  await mapLimited(files, LINKS_AT_ONCE, async (file) => {
    if (!(await place(file, join(to, relative(from, file)))))
      throw new Error(`search index: ${file} vanished while it was reused`);
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
  return versionHash(JSON.stringify([records, bundle]));
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
let code: string | undefined;

/** A hash of newsdesk's version, source, templates and locked dependencies (an installed package has no lock), with `settings`. */
export function codeVersion(settings: unknown): string {
  code ??= hashTree(["package.json", "package-lock.json", "src", "layouts"]);
  return versionHash(code + JSON.stringify(settings));
}

// Every file of the entries (files or folders), in a fixed order, path and content.
function hashTree(entries: readonly string[]): string {
  const h = versionHasher();
  for (const entry of entries) {
    const full = join(ROOT, entry);
    if (!existsSync(full)) continue;
    const files = statSync(full).isDirectory()
      ? readdirSync(full, { withFileTypes: true, recursive: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name))
          .sort()
      : [full];
    for (const file of files) h.update(relative(ROOT, file)).update(readFileSync(file));
  }
  return h.digest("base64");
}
