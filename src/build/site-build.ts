import { resolve, sep } from "node:path";
import { DateTime } from "luxon";
import { ContentError, hasErrors, strict, type Diagnostic } from "../model/diagnostic.ts";
import { searchBundlePaths } from "../model/search-bundles.ts";
import { bundleItems, searchRecords } from "../search/records.ts";
import { planBundles } from "../search/shards.ts";
import { siteAddresses } from "../site/site-addresses.ts";
import { relatedData, type PageData, type SiteModel } from "../site/site-model.ts";
import type { SiteContent } from "../content/load.ts";
import { assetList } from "../site/assets.ts";
import type { ResponsiveImage } from "../site/responsive-image.ts";
import { worldSprite } from "../site/world.ts";
import { renderPage } from "../../layouts/render-page.ts";
import type { NewsdeskOptions } from "./build-options.ts";
import { PhaseClock, buildSummary } from "./build-summary.ts";
import { siteOutputs, type OutputFile } from "./outputs.ts";
import {
  PHASES,
  PHASE_ORDER,
  contentProblems,
  load,
  model as modelPhase,
  modelProblems,
  placeImages,
} from "./pipeline.ts";
import { createKeyer } from "./render-memo.ts";
import { SearchSchedule, type SearchJob } from "./search-schedule.ts";
import { PAGES_QUEUED, ServeSession, type SessionModel } from "./serve-session.ts";
import { builtAssets, readAssetSources } from "./site-assets.ts";

/**
 * One newsdesk build process as Eleventy drives it (src/plugin.ts): before each write, the pipeline runs
 * (src/build/pipeline.ts) and leaves the output files; Eleventy renders them through one virtual template; after
 * the write, the search index is waited for and the summary told. serve's state between saves is its
 * ServeSession, build --incremental's the IncrementalStore in the options, the search index's a SearchSchedule.
 */
export class SiteBuild {
  private readonly assets = readAssetSources();
  private readonly session: ServeSession | undefined;
  private readonly search: SearchSchedule;
  private clock = new PhaseClock(() => performance.now());
  private outputs: OutputFile[] = [];
  private built: { readonly model: SiteModel; readonly diagnostics: readonly Diagnostic[] } | undefined;
  // For the progress display and the phase times of the write.
  private rendered = 0;
  private renderStarted = 0;
  private feedSecondsAtStart = 0;
  // serve: this write only writes pages queued by an earlier one (src/build/serve-session.ts).
  private writingQueued = false;

  constructor(private readonly options: NewsdeskOptions) {
    this.session = options.preview ? new ServeSession(options.requestRebuild, options.writeSize) : undefined;
    this.search = new SearchSchedule(options);
  }

  /** serve: the files Eleventy's watcher saw change since the last rebuild. */
  sawChanged(queue: readonly string[]): void {
    this.session?.sawChanged(queue);
  }

  /** The output files of the current write (one batch of them when the build writes in batches). */
  files(): OutputFile[] {
    const batches = this.options.batches;
    return batches
      ? this.outputs.slice(batches.index * batches.size, (batches.index + 1) * batches.size)
      : this.outputs;
  }

  /** Renders one output file for Eleventy's write. */
  render(output: OutputFile): string {
    const text = output.render();
    this.options.progress?.set(++this.rendered);
    return text;
  }

  /** Before each write: the pipeline, from loading the content folder to the list of output files. */
  async before(outputDir: string): Promise<void> {
    const batches = this.options.batches;
    if (batches && batches.index > 0) {
      // A later batch of the same build: the site model and outputs are already made.
      this.startWrite();
      return;
    }
    const first = this.options.firstBuild;
    if (first?.written && !first.watched) {
      // serve: the write Eleventy's watch starts with; the first build is written already.
      first.watched = true;
      this.writingQueued = true;
      this.outputs = [];
      this.startWrite();
      return;
    }
    this.writingQueued = this.session?.onlyQueued() ?? false;
    if (this.writingQueued) {
      // serve: the next pages an earlier rebuild queued, of the site model it made.
      this.outputs = this.session!.nextQueued();
      this.startWrite();
      return;
    }
    const now = this.options.now ? DateTime.fromISO(this.options.now, { setZone: true }) : DateTime.now();
    this.clock = new PhaseClock(() => performance.now());
    for (const phase of PHASE_ORDER) this.clock.add(phase, 0);
    this.clock.concurrent(PHASES.search);
    this.built = undefined;
    const content = await this.loadAndValidate(now);
    if (!content) return;
    // build --incremental: the next article store is written while the rest of the build goes on.
    this.options.incremental?.stage();
    const search = this.searchPlan(content, resolve(outputDir));
    const { content: placed, images } = await placeImages(content, this.options.contentDir, outputDir);
    const made = this.modelOf(placed, now);
    const diagnostics = this.validateModel(content.diagnostics, made, now);
    this.built = { model: made.model, diagnostics };
    this.session?.modelled(made.model);
    if (this.session) this.search.start({ ...search, articles: () => made.model.content.articles });
    this.outputs = this.outputsOf(made, images, search.bundles, now, outputDir);
    this.rendered = 0;
    if (batches) batches.count = Math.max(1, Math.ceil(this.outputs.length / batches.size));
    this.options.progress?.phase("render + write", this.outputs.length, "files");
    this.startWrite();
  }

  // load + validate: the content, or undefined when it has errors and serve shows them instead (a build throws).
  private async loadAndValidate(now: DateTime): Promise<SiteContent | undefined> {
    const { options, clock } = this;
    options.progress?.phase("load + validate");
    const started = performance.now();
    const loadOptions = { ...options, now, render: true, store: await options.incremental?.articles() };
    const loaded = this.session ? await this.session.load(loadOptions) : await load(loadOptions);
    options.incremental?.loaded(loaded.stored);
    clock.add(PHASES.load, performance.now() - started - loaded.checkingMs);
    clock.add(PHASES.validate, loaded.checkingMs);
    const content = { ...loaded.content, diagnostics: contentProblems(loaded.content, options.strict) };
    if (!hasErrors(content.diagnostics)) return content;
    options.onLoaded?.(content.diagnostics, undefined);
    if (!this.session) throw new ContentError(content.diagnostics);
    // serve keeps running: every page of the last good build shows the errors until they are fixed.
    this.outputs = this.session.errorOutputs(content.diagnostics);
    return undefined;
  }

  // The search index's bundles. A build makes its records from the articles just loaded and starts Pagefind now,
  // so it indexes on the other core through related articles, the site model and rendering; serve starts it later,
  // from the model (the same articles' paths decide its bundles).
  private searchPlan(content: SiteContent, outputRoot: string): Omit<SearchJob, "articles" | "records"> {
    const language = content.site.language;
    const items = bundleItems(content.articles);
    const planned = planBundles(items, this.options.searchShards);
    const bundleOf = new Map(items.map((item, k) => [item.url, planned.bundle[k]!]));
    const bundles = searchBundlePaths(planned.count);
    const plan = { clock: this.clock, phase: PHASES.search, outputRoot, language, bundles, bundleOf };
    if (this.session) return plan;
    // build --incremental: records only for the bundles that are indexed again.
    const reuse = this.options.incremental?.bundles(content.articles, bundleOf, bundles, language);
    const indexed = reuse
      ? content.articles.filter((a) => {
          const k = bundleOf.get(a.path);
          return k !== undefined && !reuse.reusable[k];
        })
      : content.articles;
    const records = searchRecords(indexed, language);
    this.search.start({ ...plan, records, reuse, articles: () => content.articles });
    return plan;
  }

  // related + model: a new site model, or in serve the last one with the edited articles swapped in.
  private modelOf(placed: SiteContent, now: DateTime): SessionModel {
    const clock = this.clock;
    this.options.progress?.phase("related + site model");
    const started = performance.now();
    const timeRelated = <T>(work: () => T) => clock.time(PHASES.related, work);
    const made: SessionModel = this.session
      ? this.session.model(placed, now.year, timeRelated)
      : { model: modelPhase(placed, now.year, (articles) => timeRelated(() => relatedData(placed, articles))) };
    clock.add(PHASES.model, performance.now() - started - clock.seconds(PHASES.related) * 1000);
    return made;
  }

  // validate, second half: the content's problems with the model's; errors stop a build, serve shows the site.
  private validateModel(found: readonly Diagnostic[], made: SessionModel, now: DateTime): readonly Diagnostic[] {
    const { options } = this;
    const model = made.model;
    // The addresses a build answers depend on where articles are, not on their text: a patched model keeps them.
    const known = this.session ? this.session.addresses(made) : siteAddresses(model);
    const diagnostics = [...found, ...this.clock.time(PHASES.validate, () => modelProblems(model, now, known))];
    const refused = options.strict ? strict(diagnostics) : diagnostics;
    if (hasErrors(refused) && !this.session) {
      options.onLoaded?.(refused, undefined);
      throw new ContentError(refused);
    }
    options.onLoaded?.(diagnostics, model);
    return diagnostics;
  }

  // outputs: every file of the site; serve and build --incremental keep only what changed since the last build.
  private outputsOf(
    made: SessionModel,
    images: ReadonlyMap<string, ResponsiveImage>,
    searchBundles: readonly string[],
    now: DateTime,
    outputDir: string,
  ): OutputFile[] {
    const { options, clock } = this;
    const model = made.model;
    const world = options.incremental?.world(worldSprite) ?? worldSprite();
    const assets = builtAssets(this.assets, model.content.site.title, world);
    const ctx = { model, assets, world, images, preview: options.preview, searchBundles };
    // Pages are timed as "render + write" (with Eleventy's writing); feeds and sitemaps as their own phase.
    const render = (page: PageData) => renderPage(ctx, page);
    const outputs = siteOutputs(model, assets, now, render, options.preview, searchBundles).map((o) =>
      o.file.endsWith(".html") ? o : { ...o, render: () => clock.time(PHASES.feeds, o.render) },
    );
    if (!this.session && !options.incremental) return outputs;
    // This comes after the search index has started, so that keying every file overlaps Pagefind's work.
    const shared = {
      site: model.content.site,
      assets: assetList(assets).map((a) => a.path),
      images,
      preview: options.preview,
      searchBundles,
      copyrightYear: model.copyrightYear,
      archive: model.years[0]?.path,
      nav: model.nav.map((n) => n.path),
      pages: model.content.pages.map((p) => [p.path, p.title]),
    };
    if (this.session) return this.session.toWrite(outputs, made, shared, resolve(outputDir));
    return options.incremental!.reuse(outputs, createKeyer(model.content.articles, shared));
  }

  /** After each write: a last guard that nothing was written outside the output folder; after the last, the summary. */
  after(outputDir: string, written: readonly (string | false)[]): void {
    const root = resolve(outputDir) + sep;
    for (const path of written) {
      if (path && !resolve(path).startsWith(root)) throw new Error(`newsdesk wrote outside the output folder: ${path}`);
    }
    if (this.session) {
      // serve: more pages queued are written by the first build's next write, or else by one more rebuild.
      const first = this.options.firstBuild;
      if (!this.session.hasQueued()) {
        if (first) first.written = true;
      } else if (!first || first.written) this.options.requestRebuild?.(PAGES_QUEUED);
      if (this.writingQueued) return;
    }
    const built = this.built;
    if (!built) return;
    this.clock.add(
      PHASES.write,
      performance.now() - this.renderStarted - (this.feedSeconds() - this.feedSecondsAtStart) * 1000,
    );
    this.session?.written(built.model);
    const batches = this.options.batches;
    if ((batches && batches.index < batches.count - 1) || this.session) return;
    // performance.now() counts from the process's start.
    const pagesWrittenAt = performance.now() / 1000;
    // Pagefind may still be indexing. The wait is handed to the command, not made here, so that Eleventy's write
    // ends now and lets go of what it wrote, and this build of its model and pages: at 10,000 articles they are
    // most of a gigabyte, held for the half-minute the index may still take.
    const summary = buildSummary(built.model, built.diagnostics, [], 0, pagesWrittenAt);
    this.built = undefined;
    this.outputs = [];
    const finished = this.search.finish().then((indexed) => {
      this.options.onBuilt?.({ ...summary, phases: this.clock.phases(), searchRecords: indexed });
    });
    this.options.onBackground?.(finished, () => undefined);
  }

  private startWrite(): void {
    this.renderStarted = performance.now();
    this.feedSecondsAtStart = this.feedSeconds();
  }

  private feedSeconds(): number {
    return this.clock.seconds(PHASES.feeds);
  }
}
