import { existsSync, readFileSync, rmSync, rmdirSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { DateTime } from "luxon";
import { ContentError, hasErrors, strict, type Diagnostic } from "./model/diagnostic.ts";
import { loadContent, type ArticleCache, type SiteContent } from "./content/load.ts";
import { REFUSING_ENGINES } from "./content/front-matter.ts";
import { createMarkdown } from "./content/markdown.ts";
import { checkBodyLinks, producedPaths } from "./site/link-check.ts";
import { patchModel } from "./site/patch-model.ts";
import { buildSiteModel, relatedData, type SiteModel } from "./site/site-model.ts";
import { ServeRelated } from "./build/serve-related.ts";
import { searchRecords, searchable, type SearchRecord } from "./search/records.ts";
import { writeSearchBundles, type SearchBundle } from "./search/write-index.ts";
import { searchShardCount, shardRecords } from "./search/shards.ts";
import { searchBundlePaths } from "./model/search-bundles.ts";
import { SearchQueue } from "./search/search-queue.ts";
import { fingerprinted } from "./site/assets.ts";
import { logoSvg } from "./site/logo.ts";
import { worldSprite } from "./site/world.ts";
import { processImages } from "./build/resize-images.ts";
import { withBodyImages } from "./site/body-images.ts";
import { imageUses } from "./content/content-images.ts";
import { siteOutputs, type OutputFile } from "./build/outputs.ts";
import { checkOutputClaims } from "./build/output-claims.ts";
import { ServeMemo, createKeyer, splitByKey } from "./build/render-memo.ts";
import { reuseFolder, reuseOutputs, searchKey, type IncrementalBuild } from "./build/incremental-store.ts";
import { PhaseClock, buildSummary, type BuildSummary } from "./build/build-summary.ts";
import { renderPage } from "../layouts/render-page.ts";
import { errorPage } from "../layouts/error.ts";
import { PATHS, homePath, outputFileFor } from "./model/urls.ts";
import type { Article } from "./model/article.ts";

/** How newsdesk builds: set by the command line, defaults for a plain Eleventy run. */
export interface NewsdeskOptions {
  /** Content folder (articles/, pages/, _data/). */
  readonly contentDir: string;
  readonly drafts: boolean;
  readonly future: boolean;
  readonly baseUrl?: string;
  readonly pathPrefix?: string;
  /** ISO date-time of the build's "now"; the clock when absent. */
  readonly now?: string;
  /** Serve mode: drafts and scheduled articles carry a visible banner. */
  readonly preview: boolean;
  /** Warnings count as errors (build --fail-on-warnings). */
  readonly strict?: boolean;
  /** Told what each load found, before pages are written. */
  readonly onLoaded?: (diagnostics: readonly Diagnostic[], model: SiteModel | undefined) => void;
  /** Told what a build made and how long each phase took, after everything is written. */
  readonly onBuilt?: (summary: BuildSummary) => void;
  /** Told each phase as it starts and how far it has got (build's progress display). */
  readonly progress?: ProgressSink;
  /** Write the files in batches, one Eleventy write each (build drives them), so Eleventy never holds every page at once. */
  readonly batches?: WriteBatches;
  /** Pagefind bundles to split the search index into (default one, see src/search/shards.ts). */
  readonly searchShards?: number;
  /**
   * Handed work that runs alongside Eleventy's (the search index), so a failed build can stop it (`stop`) and
   * wait for it before cleaning up.
   */
  readonly onBackground?: (work: Promise<unknown>, stop: () => void) => void;
  /** serve: asks for one more rebuild (once the exact related articles are ready after a save). */
  readonly requestRebuild?: () => void;
  /** build --incremental: the last build's output and keys; files whose inputs are unchanged are taken from it. */
  readonly incremental?: IncrementalBuild;
}

/**
 * Batches of output files: Eleventy keeps every page it writes in memory until its write ends, which at 50,000
 * articles is more than Node's default heap. The first write loads content and sets `count`; each later write
 * (index 1 …) writes the next `size` files of the same site model.
 */
export interface WriteBatches {
  readonly size: number;
  index: number;
  count: number;
}

/** What the plugin tells a progress display: a phase (with a total when known), then how much of it is done. */
export interface ProgressSink {
  phase(name: string, total?: number, unit?: string): void;
  set(done: number): void;
}

const DEFAULTS: NewsdeskOptions = { contentDir: "content", drafts: false, future: false, preview: false };

/**
 * The search index is built by Pagefind's own process from the moment the articles have loaded, so its time
 * overlaps the other phases'.
 */
const SEARCH_PHASE = "search index (alongside)";

/** What serve's file watcher reports as changed when the exact related articles follow a save (src/cli/serve.ts). */
export const RELATED_RECOMPUTED = "(related articles recomputed)";

/** serve: how long after a rebuild the search index starts (a save soon after makes it start over). */
const SERVE_SEARCH_DELAY_MS = 3_000;

/** Reading the content folder, parsing front-matter and Markdown, rendering bodies: what any build must do. */
const LOAD_PHASE = "load + parse";

/** Checking content against newsdesk's rules: fields, entities, body lints, references, links. */
const VALIDATE_PHASE = "validate";

/** The phases a build reports, in order. */
const PHASES = [LOAD_PHASE, VALIDATE_PHASE, "related", "site model", "render + write", "feeds + sitemaps", SEARCH_PHASE];

/** The command line hands its options over here (a plain Eleventy run finds none and uses the defaults). */
export const RUN_OPTIONS = Symbol.for("newsdesk.run-options");

/** newsdesk as an Eleventy plugin: the only code that talks to Eleventy. */
export default function newsdesk(eleventyConfig: any, overrides: Partial<NewsdeskOptions> = {}): void {
  const handed = (globalThis as Record<symbol, Partial<NewsdeskOptions> | undefined>)[RUN_OPTIONS] ?? {};
  const options: NewsdeskOptions = { ...DEFAULTS, ...handed, ...overrides };
  const asset = (name: string) => readFileSync(fileURLToPath(new URL(`../layouts/assets/${name}`, import.meta.url)), "utf8");
  const css = asset("site.css");
  const searchScript = fingerprinted("search", "js", asset("search.js"));
  let outputs: OutputFile[] = [];
  let lastPaths: string[] = [];
  // serve: every file's key as last written (src/build/render-memo.ts), so a rebuild renders and hands Eleventy
  // only the files whose inputs changed; after an error page every output is compared again.
  const memo = new ServeMemo();
  // serve: the files the last good rebuild produced, so that pages no longer produced (a deleted or moved
  // article's, an emptied topic's) leave the preview folder instead of being served on.
  let previewFiles: Set<string> | undefined;
  let showedErrors = false;
  // serve: articles validated by earlier rebuilds, reused while their file is unchanged.
  const articleCache: ArticleCache | undefined = options.preview ? new Map() : undefined;
  let built: { model: SiteModel; diagnostics: readonly Diagnostic[] } | undefined;
  // serve: the last rebuild's model, and the paths it produces (for the link check).
  let lastModel: SiteModel | undefined;
  let knownPaths = new Set<string>();
  // serve: related lists carried over from save to save, the exact ones following in the background.
  const serveRelated = new ServeRelated(relatedData, options.requestRebuild);

  // serve: whether this load only edited articles in place since the last model (same settings, entities.yaml
  // and static pages, no related data waiting to replace the shown), and if so which objects to swap and which
  // output files list them.
  const editsInPlace = (content: SiteContent) => {
    if (!lastModel || showedErrors || content.registry !== lastModel.content.registry) return undefined;
    if (JSON.stringify([content.site, content.pages]) !== JSON.stringify([lastModel.content.site, lastModel.content.pages])) return undefined;
    const paths = memo.editedInPlace(content.articles);
    if (!paths || paths.length === 0 || !serveRelated.keepShown(content)) return undefined;
    const now = new Map(content.articles.map((a) => [a.path, a]));
    const swaps = new Map(paths.map((path) => [memo.previous(path)!, now.get(path)!]));
    return { paths, swaps, files: memo.listing(paths) };
  };
  let clock = new PhaseClock(() => performance.now());
  let renderStarted = 0;
  let feedSecondsAtStart = 0;
  const batches = options.batches;
  const feedSeconds = () => clock.seconds("feeds + sitemaps");
  // The search index of this build, queued behind any earlier one (Pagefind's service is shared by the process).
  const searches = new SearchQueue();
  let search: Promise<number | undefined> = Promise.resolve(0);
  // For the progress display: files rendered so far, and the search records Pagefind has taken so far.
  let rendered = 0;
  let searchDone = 0;
  let searchTotal = 0;
  let searchShown = false;
  let searchWriting = false;
  let searchGeneration = 0;

  // Markdown: content never passes through Eleventy's template engines; this instance is the safe one.
  eleventyConfig.setLibrary("md", createMarkdown());
  eleventyConfig.setDataFileSuffixes([]);
  // Should Eleventy ever parse a file's front-matter, executable languages throw instead of running.
  eleventyConfig.setFrontMatterParsingOptions({ engines: REFUSING_ENGINES });
  eleventyConfig.setQuietMode(true);
  // serve: a save is reported once the file has been still for 50 ms (Eleventy waits 150 ms); articles are small
  // files written at once, and a half-written one would only be read again on the change that completes it.
  if (options.preview) eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });

  // Data & validation: the whole content folder is loaded, validated and rendered once per build.
  eleventyConfig.addWatchTarget(resolve(options.contentDir));
  // serve: the files Eleventy's watcher saw change since the last rebuild (only articles: the load skips the rest).
  let watched: string[] | undefined;
  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
    watched = queue.map((path) => resolve(path));
  });
  eleventyConfig.on("eleventy.before", async ({ directories }: { directories: { output: string } }) => {
    if (batches && batches.index > 0) {
      // A later batch of the same build: the site model and outputs are already made.
      renderStarted = performance.now();
      feedSecondsAtStart = feedSeconds();
      return;
    }
    const now = options.now ? DateTime.fromISO(options.now, { setZone: true }) : DateTime.now();
    clock = new PhaseClock(() => performance.now());
    for (const phase of PHASES) clock.add(phase, 0);
    clock.concurrent(SEARCH_PHASE);
    const progress = options.progress;
    progress?.phase("load + validate");
    const started = performance.now();
    // After a save that touched only articles, only those are looked at again; anything else checks every file.
    const articlesDir = resolve(options.contentDir, "articles") + sep;
    const changedFiles = watched?.every((path) => path.startsWith(articlesDir) || path === resolve(RELATED_RECOMPUTED)) ? new Set(watched) : undefined;
    watched = undefined;
    const timing = { checking: 0 };
    const incrementalStore = options.incremental?.articles && { articles: options.incremental.articles, version: options.incremental.version };
    const loaded = await loadContent({ ...options, now, render: true, cache: articleCache, changedFiles, timing, store: incrementalStore });
    clock.add(LOAD_PHASE, performance.now() - started - timing.checking);
    clock.add(VALIDATE_PHASE, timing.checking);
    const content = options.strict ? { ...loaded, diagnostics: strict(loaded.diagnostics) } : loaded;
    built = undefined;
    if (hasErrors(content.diagnostics)) {
      options.onLoaded?.(content.diagnostics, undefined);
      if (!options.preview) throw new ContentError(content.diagnostics);
      // serve keeps running: every page of the last good build shows the errors until they are fixed.
      const page = errorPage(content.diagnostics);
      const shown = [...new Set([homePath(), PATHS.notFound, ...lastPaths])].map((path) => ({ path, file: outputFileFor(path), render: () => page }));
      outputs = memo.changed(shown, { articles: [], shared: "error page" });
      showedErrors = true;
      return;
    }
    // The search index of this build. A build makes its records from the articles just loaded, so Pagefind starts
    // now and indexes on the other core through related articles, the site model and rendering. serve makes them
    // later, from the model, in the background.
    const outputRoot = resolve(directories.output);
    const language = content.site.language;
    // Held only until Pagefind's worker has its copy: every closure made below (each page's render) shares this
    // scope, and tens of MB of body text should not stay alive with them.
    let records = options.preview ? undefined : searchRecords(content.articles, language);
    const recordCount = records?.length;
    // serve makes its records later, from the model: the same articles' paths decide its bundles.
    const searchUrls = records?.map((r) => r.url) ?? searchable(content.articles).map((a) => a.path);
    const searchBundles = searchBundlePaths(searchShardCount(searchUrls, options.searchShards));
    const startSearch = (articles: () => readonly Article[]) => {
      const searchClock = clock;
      // build --incremental: a bundle is reused when its records are the same as in the last build.
      const incremental = options.incremental;
      let shards = records ? shardRecords(records, searchBundles.length) : undefined;
      records = undefined;
      const keys = incremental && shards ? shards.map((shard, k) => searchKey(shard, searchBundles[k]!)) : undefined;
      const result = incremental && (incremental.result = { keys: new Map(), reused: 0, rendered: 0, searchKeys: keys, searchReused: false, searchRebuilt: 0 });
      const reusable = searchBundles.map((bundle, k) => Boolean(result && incremental.searchKeys?.[k] === keys?.[k] && existsSync(join(incremental.previous, bundle))));
      searchDone = 0;
      searchWriting = false;
      const stop = new AbortController();
      // serve does not wait for the index (pages reload as soon as they are written) and only indexes the newest save.
      const generation = ++searchGeneration;
      search = searches.run(async () => {
        // serve: a few seconds after the pages, on low priority, and only if no newer save came meanwhile.
        if (options.preview) await sleep(SERVE_SEARCH_DELAY_MS);
        if ((generation !== searchGeneration && options.preview) || stop.signal.aborted) return undefined;
        const started = performance.now();
        let dealt: SearchRecord[][] | undefined = shards ?? shardRecords(searchRecords(articles(), language), searchBundles.length);
        shards = undefined;
        const count = dealt.reduce((sum, shard) => sum + shard.length, 0);
        const reused = dealt.reduce((sum, shard, k) => sum + (reusable[k] ? shard.length : 0), 0);
        let fresh: SearchBundle[] | undefined = searchBundles.flatMap((path, k) => (reusable[k] ? [] : [{ path, records: dealt![k]! }]));
        const rebuilt = fresh.length;
        const writing = Promise.all([
          ...searchBundles.filter((_, k) => reusable[k]).map((bundle) => reuseFolder(join(incremental!.previous, bundle), join(outputRoot, bundle))),
          rebuilt === 0 ? Promise.resolve(0) : writeSearchBundles(fresh, outputRoot, { lowPriority: options.preview, signal: stop.signal }, (done) => {
            searchDone = reused + done;
            if (searchShown) progress?.set(searchDone);
          }, () => {
            searchWriting = true;
            if (searchShown) progress?.phase("search index: writing the bundle");
          }),
        ]).then(() => {
          if (result) Object.assign(result, { searchReused: rebuilt === 0, searchRebuilt: rebuilt });
          return count;
        });
        // Each worker has its own copy of its records: these can go while Pagefind indexes.
        dealt = fresh = undefined;
        const indexed = await writing;
        searchClock.add(SEARCH_PHASE, performance.now() - started);
        return indexed;
      }, options.preview);
      search.catch(() => undefined); // awaited in eleventy.after; a build that fails first hands it to onBackground
      options.onBackground?.(search, () => stop.abort());
    };
    if (!options.preview) startSearch(() => content.articles);
    // Lead and body images are resized before the model, so that every body (pages, feeds) shows the resized files.
    const shown = [...content.articles, ...content.pages].flatMap(imageUses);
    const images = await processImages(shown, options.contentDir, directories.output);
    const placed = withBodyImages(content, images);
    progress?.phase("related + site model");
    const modelStarted = performance.now();
    // serve, after a save that moved no article: the last model with the edited articles swapped in.
    const edited = options.preview ? editsInPlace(placed) : undefined;
    const model = edited
      ? patchModel(lastModel!, placed, edited.swaps, (page) => edited.files.has(outputFileFor(page.path)))
      : buildSiteModel(placed, now.year, (articles) => clock.time("related", () => (options.preview ? serveRelated.forModel(placed, articles) : relatedData(placed, articles))));
    clock.add("site model", performance.now() - modelStarted - clock.seconds("related") * 1000);
    // The paths a build produces depend on where articles are, not on their text: a patched model keeps them.
    if (!edited) knownPaths = producedPaths(model);
    const diagnostics = [...content.diagnostics, ...clock.time(VALIDATE_PHASE, () => [...checkOutputClaims(model, now), ...checkBodyLinks(model, knownPaths)])];
    const refused = options.strict ? strict(diagnostics) : diagnostics;
    if (hasErrors(refused) && !options.preview) {
      options.onLoaded?.(refused, undefined);
      throw new ContentError(refused);
    }
    options.onLoaded?.(diagnostics, model);
    const world = worldSprite();
    const assets = { stylesheet: fingerprinted("site", "css", css), searchScript, logo: fingerprinted("logo", "svg", logoSvg(content.site.title)), worldMap: fingerprinted("world", "svg", world.svg) };
    const ctx = { model, assets, world, images, preview: options.preview, searchBundles };
    // Pages are timed as "render + write" (with Eleventy's writing); feeds and sitemaps as their own phase.
    outputs = siteOutputs(model, assets, now, (page) => renderPage(ctx, page), options.preview).map((o) =>
      o.file.endsWith(".html") ? o : { ...o, render: () => clock.time("feeds + sitemaps", o.render) },
    );
    lastPaths = model.pages.map((p) => p.path);
    lastModel = options.preview ? model : undefined;
    built = { model, diagnostics };
    if (options.preview) startSearch(() => model.content.articles);
    // serve and build --incremental render only what changed since the last build; a build renders everything.
    // This comes after the search index has started, so that linking unchanged files overlaps Pagefind's work.
    if (options.preview || options.incremental) {
      const shared = { site: model.content.site, assets: Object.values(assets).map((a) => a.path), images, preview: options.preview, searchBundles, copyrightYear: model.copyrightYear, archive: model.years[0]?.path, pages: model.content.pages.map((p) => [p.path, p.title]) };
      if (options.incremental) {
        const split = splitByKey(outputs, options.incremental.keys, createKeyer(model.content.articles, shared));
        outputs = [...split.changed, ...(await reuseOutputs(options.incremental, split, directories.output))];
      } else {
        const files = new Set(outputs.map((o) => o.file));
        for (const file of previewFiles ?? []) if (!files.has(file)) removeWithEmptyFolders(outputRoot, file);
        previewFiles = files;
        outputs = memo.changed(outputs, { articles: model.content.articles, shared, edited: edited?.paths });
        showedErrors = false;
      }
    }
    searchTotal = recordCount ?? 0;
    searchShown = false;
    rendered = 0;
    if (batches) batches.count = Math.max(1, Math.ceil(outputs.length / batches.size));
    progress?.phase("render + write", outputs.length, "files");
    renderStarted = performance.now();
    feedSecondsAtStart = feedSeconds();
  });

  // Virtual pages: one template paginates over every output file; the list is held by reference, never merged.
  eleventyConfig.addGlobalData("newsdesk", () => new OutputList(() => (batches ? outputs.slice(batches.index * batches.size, (batches.index + 1) * batches.size) : outputs)));
  eleventyConfig.addTemplate("newsdesk-pages.11ty.js", {
    data: {
      pagination: { data: "newsdesk.files", size: 1, alias: "output" },
      permalink: (data: { output: OutputFile }) => data.output.file,
      eleventyExcludeFromCollections: true,
    },
    render: (data: { output: OutputFile; eleventy: unknown }) => {
      const text = data.output.render();
      options.progress?.set(++rendered);
      return text;
    },
  });

  // Events: a last guard that nothing is written outside the output folder, then the search index is waited for.
  eleventyConfig.on("eleventy.after", async ({ directories, results }: { directories: { output: string }; results: { outputPath: string | false }[] }) => {
    const root = resolve(directories.output) + sep;
    for (const r of results) {
      if (r.outputPath && !resolve(r.outputPath).startsWith(root)) throw new Error(`newsdesk wrote outside the output folder: ${r.outputPath}`);
    }
    if (built) {
      clock.add("render + write", performance.now() - renderStarted - (feedSeconds() - feedSecondsAtStart) * 1000);
      if (options.preview) serveRelated.scheduleExact(built.model.content, built.model.content.articles);
      if ((batches && batches.index < batches.count - 1) || options.preview) return;
      // Pagefind may still be indexing: its own phase on the display from here on.
      options.progress?.phase("search index", searchTotal, "articles");
      searchShown = true;
      options.progress?.set(searchDone);
      if (searchWriting) options.progress?.phase("search index: writing the bundle");
      const indexed = (await search) ?? 0;
      options.onBuilt?.(buildSummary(built.model, built.diagnostics, clock.phases(), indexed));
    }
  });
}

// Removes `file` (relative to `root`) and the folders it leaves empty, up to `root`.
function removeWithEmptyFolders(root: string, file: string): void {
  rmSync(join(root, file), { force: true });
  for (let folder = dirname(file); folder !== "."; folder = dirname(folder)) {
    try {
      rmdirSync(join(root, folder));
    } catch {
      return; // not empty (or gone already)
    }
  }
}

// A class instance, so Eleventy's data merge keeps a reference instead of deep-copying every page.
class OutputList {
  constructor(private readonly get: () => OutputFile[]) {}
  get files(): OutputFile[] {
    return this.get();
  }
}
