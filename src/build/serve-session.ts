import { rmSync, rmdirSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import {
  emptyLoadMemo,
  loadContentWith,
  type LoadMemo,
  type LoadOptions,
  type LoadResult,
  type SiteContent,
} from "../content/load.ts";
import type { Diagnostic } from "../model/diagnostic.ts";
import { PATHS, homePath, outputFileFor } from "../model/urls.ts";
import { siteAddresses, type SiteAddresses } from "../site/site-addresses.ts";
import { patchModel } from "../site/patch-model.ts";
import { buildSiteModel, relatedData, type SiteModel } from "../site/site-model.ts";
import { errorPage } from "../../layouts/error.ts";
import type { OutputFile } from "./outputs.ts";
import { ServeMemo, type SharedInputs } from "./render-memo.ts";
import { ServeRelated } from "./serve-related.ts";

/** What serve's file watcher reports as changed when the exact related articles follow a save (src/cli/serve.ts). */
export const RELATED_RECOMPUTED = "(related articles recomputed)";

/** What serve's file watcher reports as changed when pages are still queued to write. */
export const PAGES_QUEUED = "(pages still to write)";

/**
 * The most pages one serve write holds (serve --batch): Eleventy keeps every page it writes in memory until the write
 * ends, and a first build or a site-wide change at 50,000 articles is more than Node's default heap. The rest are
 * queued: the first build's for serve's next writes, before the watch starts (src/cli/serve.ts); a save's for the
 * rebuilds that follow, each asked for as a change of PAGES_QUEUED.
 */
export const SERVE_WRITE_SIZE = 5_000;

/** A new site model, or the last one with edited articles swapped in (then `edited` names them). */
export interface SessionModel {
  readonly model: SiteModel;
  readonly edited?: EditsInPlace;
}

// A save that only edited articles in place: their paths, each old object with its new one, the files listing them.
interface EditsInPlace {
  readonly paths: readonly string[];
  readonly swaps: ReadonlyMap<SiteContent["articles"][number], SiteContent["articles"][number]>;
  readonly files: ReadonlySet<string>;
}

/**
 * serve's state between saves, in one place: what the last load kept (validated articles, parsed data files),
 * the files the watcher saw change, every output's key as last written (ServeMemo), the related lists carried
 * over from save to save, the last model and the paths it produces, and the preview files the last good rebuild
 * wrote. It never changes an article or entity: edited ones are swapped for the new objects.
 */
export class ServeSession {
  private readonly memo = new ServeMemo();
  private readonly related: ServeRelated;
  private loadMemo: LoadMemo = emptyLoadMemo();
  private watched: string[] | undefined;
  private previewFiles: Set<string> | undefined;
  private showedErrors = false;
  private lastModel: SiteModel | undefined;
  private lastPaths: readonly string[] = [];
  private knownAddresses: SiteAddresses | undefined;
  // Pages of earlier rebuilds not written yet, in the order they will be (SERVE_WRITE_SIZE a write).
  private queued: OutputFile[] = [];

  constructor(
    requestRebuild?: (reason: string) => void,
    private readonly writeSize = SERVE_WRITE_SIZE,
  ) {
    this.related = new ServeRelated(relatedData, requestRebuild && (() => requestRebuild(RELATED_RECOMPUTED)));
  }

  /** The files Eleventy's watcher saw change since the last rebuild. */
  sawChanged(queue: readonly string[]): void {
    this.watched = queue.map((path) => resolve(path));
  }

  /**
   * Whether this write only writes queued pages: nothing changed but the queue's own reason, or it is the first
   * build's next write (no watcher yet, so nothing seen). Then the next of them are taken (`nextQueued`) and the
   * content is not loaded again.
   */
  onlyQueued(): boolean {
    const only = this.queued.length > 0 && (this.watched?.every((path) => path === resolve(PAGES_QUEUED)) ?? true);
    if (only) this.watched = undefined;
    return only;
  }

  /** The next queued pages to write, at most a write's worth. */
  nextQueued(): OutputFile[] {
    return this.take(this.queued);
  }

  /** Whether pages are still queued after this write. */
  hasQueued(): boolean {
    return this.queued.length > 0;
  }

  /** Loads the content folder again: after a save that touched only articles, only those are looked at. */
  async load(options: Omit<LoadOptions, "memo" | "changedFiles">): Promise<LoadResult> {
    const articlesDir = resolve(options.contentDir, "articles") + sep;
    const watched = this.watched;
    this.watched = undefined;
    const reasons = new Set([resolve(RELATED_RECOMPUTED), resolve(PAGES_QUEUED)]);
    const onlyArticles = watched?.every((path) => path.startsWith(articlesDir) || reasons.has(path));
    const loaded = await loadContentWith({
      ...options,
      memo: this.loadMemo,
      changedFiles: onlyArticles ? new Set(watched) : undefined,
    });
    this.loadMemo = loaded.memo ?? this.loadMemo;
    return loaded;
  }

  /** Content with errors: every page of the last good build shows them until they are fixed. */
  errorOutputs(diagnostics: readonly Diagnostic[]): OutputFile[] {
    const page = errorPage(diagnostics);
    const shown = [...new Set([homePath(), PATHS.notFound, ...this.lastPaths])].map((path) => ({
      path,
      file: outputFileFor(path),
      render: () => page,
    }));
    this.showedErrors = true;
    return this.withQueued(shown, this.memo.changed(shown, { articles: [], shared: "error page" }));
  }

  /** The site model of this save: the last one with the edited articles swapped in when that is all that changed. */
  model(content: SiteContent, year: number, timeRelated: <T>(work: () => T) => T): SessionModel {
    const edited = this.editsInPlace(content);
    if (edited)
      return {
        model: patchModel(this.lastModel!, content, edited.swaps, (page) => edited.files.has(outputFileFor(page.path))),
        edited,
      };
    return {
      model: buildSiteModel(content, year, (articles) => timeRelated(() => this.related.forModel(content, articles))),
    };
  }

  /** The addresses the site answers, for the link check: a patched model (aliases unchanged) keeps the last ones. */
  addresses(made: SessionModel): SiteAddresses {
    if (!made.edited || !this.knownAddresses) this.knownAddresses = siteAddresses(made.model);
    return this.knownAddresses;
  }

  /** Remembers the model just made, for the next save and the error page. */
  modelled(model: SiteModel): void {
    this.lastPaths = model.pages.map((p) => p.path);
    this.lastModel = model;
  }

  /**
   * The outputs of this rebuild to write: those whose key changed. Files the last good rebuild wrote that this
   * one no longer produces (a deleted or moved article's, an emptied topic's) leave the preview folder.
   */
  toWrite(outputs: readonly OutputFile[], made: SessionModel, shared: SharedInputs, outputRoot: string): OutputFile[] {
    const files = new Set(outputs.map((o) => o.file));
    for (const file of this.previewFiles ?? []) if (!files.has(file)) removeWithEmptyFolders(outputRoot, file);
    this.previewFiles = files;
    this.showedErrors = false;
    const changed = this.memo.changed(outputs, {
      articles: made.model.content.articles,
      shared,
      edited: made.edited?.paths,
    });
    return this.withQueued(outputs, changed);
  }

  // This rebuild's changed outputs first, then the pages still queued that it produces too and did not change
  // again (the memo counts them as written); the first write's worth of them now, the rest queued.
  private withQueued(outputs: readonly OutputFile[], changed: OutputFile[]): OutputFile[] {
    const produced = new Set(outputs.map((o) => o.file));
    const fresh = new Set(changed.map((o) => o.file));
    const pending = [...changed, ...this.queued.filter((o) => produced.has(o.file) && !fresh.has(o.file))];
    return this.take(pending);
  }

  // The first writeSize of `pending`, the rest queued.
  private take(pending: readonly OutputFile[]): OutputFile[] {
    this.queued = pending.slice(this.writeSize);
    return pending.slice(0, this.writeSize);
  }

  /** After a rebuild is written: the exact related lists follow in the background when they were carried over. */
  written(model: SiteModel): void {
    this.related.scheduleExact(model.content, model.content.articles);
  }

  // Whether this load only edited articles in place since the last model (same settings, entities.yaml and static
  // pages, no related data waiting to replace the shown), and if so which objects to swap and which files list them.
  private editsInPlace(content: SiteContent): EditsInPlace | undefined {
    const last = this.lastModel;
    if (!last || this.showedErrors || content.registry !== last.content.registry) return undefined;
    if (JSON.stringify([content.site, content.pages]) !== JSON.stringify([last.content.site, last.content.pages]))
      return undefined;
    const paths = this.memo.editedInPlace(content.articles);
    if (!paths || paths.length === 0 || !this.related.keepShown(content)) return undefined;
    const now = new Map(content.articles.map((a) => [a.path, a]));
    const swaps = new Map(paths.map((path) => [this.memo.previous(path)!, now.get(path)!]));
    return { paths, swaps, files: this.memo.listing(paths) };
  }
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
