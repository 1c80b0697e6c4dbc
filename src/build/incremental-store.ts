import { versionHash, versionHasher } from "../model/hash.ts";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { OutputFile } from "./outputs.ts";
import { splitByKey, type Keyer } from "./render-memo.ts";
import { TAXONOMIES } from "../model/entity.ts";
import type { Article } from "../model/article.ts";
import type { StoredArticles } from "../content/stored-article.ts";
import { readArticleStore, stageArticleStore, type StagedStore } from "./article-store.ts";
import { articleStorePath, manifestPath } from "../site/reserved-paths.ts";
import type { CountryPlace, WorldSprite } from "../charts/world-sprite.ts";

/** The last build's keys, as its manifest gives them. */
interface LastBuild {
  /** Its files' keys; empty when there is nothing to reuse. */
  readonly keys: ReadonlyMap<string, string>;
  /** Its search bundles' keys, in the order of their paths (/pagefind/, /pagefind-2/, …). */
  readonly searchKeys?: readonly string[];
  /** Every file it put in the output folder (relative, with forward slashes) with its size. */
  readonly files: ReadonlyMap<string, number>;
  /** The world map sprite it used: made by the same code from the same atlas, so the same map. */
  readonly world?: WorldSprite;
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
  readonly format: 3;
  /** newsdesk's own code: another version renders differently, so nothing is reused. */
  readonly code: string;
  readonly search?: string[];
  readonly keys: Record<string, string>;
  readonly files: Record<string, number>;
  /** The world map sprite, its countries as [id, place] pairs. */
  readonly world?: Omit<WorldSprite, "countries"> & { readonly countries: [string, CountryPlace][] };
}

/**
 * `build --incremental`'s store beside the output folder: the last build's manifest (the key of each file in
 * its output, src/build/render-memo.ts; each search bundle's key) and article store (src/build/article-store.ts).
 * A file whose key is unchanged is kept in the last output instead of rendered, and so is a search bundle whose
 * key is unchanged (the build patches the last output with what it wrote, src/cli/atomic.ts); an article file
 * whose text is unchanged is not validated again. The store is the one owner of all of it: the build tells it what
 * it made, and it writes the next manifest and store.
 */
export class IncrementalStore {
  /** newsdesk's own code: what the article store is made under (the options that matter to it are in site.yaml's). */
  readonly version = codeVersion(null);
  private outputs?: { keys: ReadonlyMap<string, string>; reused: number; rendered: number };
  private search?: { keys?: readonly string[]; rebuilt: number };
  private stored?: StoredArticles;
  private map?: WorldSprite;
  // The next article store, written while the build goes on (stage), put in place by save.
  private staged?: Promise<StagedStore>;
  // Read while Eleventy loads; taken by the build's load.
  private last: Promise<StoredArticles>;
  // The files of the last output the new one keeps as they are.
  private readonly keep = new Set<string>();

  private constructor(
    /** The output folder: the last build's, until this build's is swapped in. */
    readonly out: string,
    private readonly settings: unknown,
    private readonly previous: LastBuild,
    articles: Promise<StoredArticles>,
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
    if (!last) {
      await rm(articleStorePath(out), { force: true });
      return undefined;
    }
    // Not waited for here: the store is read while the build loads Eleventy.
    const articles = readArticleStore(articleStorePath(out));
    return new IncrementalStore(out, settings, last, articles);
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
  async articles(): Promise<{ readonly articles: StoredArticles; readonly version: string }> {
    return { articles: await this.last, version: this.version };
  }

  /** What this build's load made or reused: written for the next build; the last build's entries are let go. */
  loaded(stored: StoredArticles | undefined): void {
    this.stored = stored;
    this.last = Promise.resolve({ entries: new Map() });
  }

  /**
   * Starts writing the next article store (beside its place) once the load has passed: the rest of the build goes
   * on meanwhile. save puts it in place; a build that fails after this calls discard.
   */
  stage(): void {
    const stored = this.stored;
    const staged = stageArticleStore(articleStorePath(this.out), stored);
    // The entries are in the lines being written: the build need not hold them any longer (a first build's are
    // every article's fields again).
    if (stored) this.stored = { signature: stored.signature, reused: stored.reused, entries: new Map() };
    // A failed write is the build's failure, reported by save; until then it must not be an unhandled rejection.
    staged.catch(() => undefined);
    this.staged = staged;
  }

  /** A build that failed: the staged article store is removed; the last one stays for the next build. */
  async discard(): Promise<void> {
    const staged = this.staged;
    this.staged = undefined;
    await staged?.then(
      (s) => s.discard(),
      () => undefined,
    );
  }

  /**
   * The key of each search bundle of this build (searchKeys), and whether it can be linked from the last output:
   * its key is unchanged and it is there. No keys, nothing reused, when the article store was set aside.
   */
  bundles(
    articles: readonly Article[],
    bundleOf: ReadonlyMap<string, number>,
    bundles: readonly string[],
    language: string,
  ): { keys?: string[]; reusable: boolean[] } {
    const signature = this.stored?.signature;
    if (!signature) return { reusable: bundles.map(() => false) };
    const keys = searchKeys(articles, bundleOf, bundles, signature, language);
    const reusable = bundles.map(
      (bundle, k) => this.previous.searchKeys?.[k] === keys[k] && existsSync(join(this.out, bundle)),
    );
    return { keys, reusable };
  }

  /**
   * The world map sprite: the last build's, kept in its manifest, else `make()`'s. Projecting the atlas takes
   * about a quarter of a second, and a manifest counts only for the same code, which makes the same map.
   */
  world(make: () => WorldSprite): WorldSprite {
    return (this.map ??= this.previous.world ?? make());
  }

  /** Keeps a search bundle of the last output (its files go on the list of those the new output keeps). */
  reuseBundle(bundle: string): void {
    const folder = bundle.slice(1);
    for (const file of this.previous.files.keys()) if (file.startsWith(folder)) this.keep.add(file);
  }

  /**
   * What the new output takes from the last one as it is (relative to the output folder, with forward slashes):
   * the unchanged files and the reused search bundles; and the files the last build put there. The build writes the
   * rest and patches the last output with it (src/cli/atomic.ts).
   */
  patch(): { readonly keep: ReadonlySet<string>; readonly previous: ReadonlyMap<string, number> } {
    return { keep: this.keep, previous: this.previous.files };
  }

  /** This build's search bundle keys and how many bundles it indexed afresh. */
  searched(keys: readonly string[] | undefined, rebuilt: number): void {
    this.search = { keys, rebuilt };
  }

  /** Splits `outputs` by their keys against the last build's; keeps the unchanged, returns those to render. */
  reuse(outputs: readonly OutputFile[], keyer: Keyer): OutputFile[] {
    const split = splitByKey(outputs, this.previous.keys, keyer);
    // An unchanged file missing from the last output (removed by hand) is rendered like a changed one.
    const missing: OutputFile[] = [];
    for (const output of split.unchanged) {
      if (existsSync(join(this.out, output.file))) this.keep.add(output.file);
      else missing.push(output);
    }
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

  /** Writes the next build's manifest and article store, once this build's output (`files`) is in place. */
  async save(files: ReadonlyMap<string, number>): Promise<void> {
    if (this.outputs) {
      const manifest: Manifest = {
        format: 3,
        code: codeVersion(this.settings),
        search: this.search?.keys ? [...this.search.keys] : undefined,
        keys: Object.fromEntries(this.outputs.keys),
        files: Object.fromEntries(files),
        world: this.map && { ...this.map, countries: [...this.map.countries] },
      };
      await writeFile(manifestPath(this.out), `${JSON.stringify(manifest)}\n`);
    }
    await (await (this.staged ?? stageArticleStore(articleStorePath(this.out), this.stored))).commit();
    this.staged = undefined;
  }
}

// The last build's keys, or none when there is no manifest, no output folder, or the manifest was written by
// other code or settings.
function readManifest(out: string, settings: unknown): LastBuild {
  const none: LastBuild = { keys: new Map(), files: new Map() };
  const path = manifestPath(out);
  if (!existsSync(path) || !existsSync(out)) return none;
  try {
    const manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
    if (manifest.format !== 3 || manifest.code !== codeVersion(settings)) return none;
    return {
      keys: new Map(Object.entries(manifest.keys)),
      searchKeys: manifest.search,
      files: new Map(Object.entries(manifest.files)),
      world: manifest.world && { ...manifest.world, countries: new Map(manifest.world.countries) },
    };
  } catch {
    return none; // an unreadable manifest only means a full build
  }
}

// What an article's search record is made of besides how every article renders: its file's text, whether it is
// published, and its entities' names (the filters; an entity's description or url is not in the record).
function searchVersion(a: Article): string {
  const decided = JSON.stringify([a.scheduled, a.draft, ...TAXONOMIES.map((kind) => a[kind].map((e) => e.name))]);
  return versionHash(a.source ? a.source + decided : JSON.stringify(a) + decided);
}

/**
 * A key for each search bundle (site paths `bundles`), from the articles in it (`bundleOf`, by path) in the order
 * given: equal keys, identical bundles. A record is made of its article's text, entity names and flags (its
 * searchVersion) and of how every article validates and renders (the store's signature: site.yaml, entities.yaml's
 * names, newsdesk's code), so the records need not be made to be compared: a build makes those of the bundles it
 * indexes again, and no others.
 */
export function searchKeys(
  articles: readonly Article[],
  bundleOf: ReadonlyMap<string, number>,
  bundles: readonly string[],
  signature: string,
  language: string,
): string[] {
  const versions = bundles.map(() => [] as string[]);
  for (const a of articles) {
    const k = bundleOf.get(a.path);
    if (k !== undefined) versions[k]!.push(`${a.path} ${searchVersion(a)}`);
  }
  return bundles.map((bundle, k) => versionHash(JSON.stringify([signature, language, bundle, versions[k]])));
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
