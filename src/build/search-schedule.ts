import { setTimeout as sleep } from "node:timers/promises";
import type { Article } from "../model/article.ts";
import { searchRecords, type SearchRecord } from "../search/records.ts";
import { SearchQueue } from "../search/search-queue.ts";
import { dealBundles } from "../search/shards.ts";
import { writeSearchBundles, type SearchBundle } from "../search/write-index.ts";
import type { PhaseClock } from "./build-summary.ts";
import type { NewsdeskOptions } from "./build-options.ts";

/** serve: how long after a rebuild the search index starts (a save soon after makes it start over). */
const SERVE_SEARCH_DELAY_MS = 3_000;

/** What one build's search index is made of. */
export interface SearchJob {
  /** The phase clock of the build the index belongs to. */
  readonly clock: PhaseClock;
  /** The phase the index's time is added to. */
  readonly phase: string;
  readonly outputRoot: string;
  readonly language: string;
  /** Site paths of the bundles, in order. */
  readonly bundles: readonly string[];
  /** The bundle of each searchable article, by its URL (src/search/shards.ts planBundles). */
  readonly bundleOf: ReadonlyMap<string, number>;
  /**
   * A build's records, made from the articles just loaded (with build --incremental, only those of the bundles not
   * reused); serve makes them later from `articles`.
   */
  readonly records?: readonly SearchRecord[];
  /** build --incremental: each bundle's key, and which bundles the last output has as they would be made now. */
  readonly reuse?: { readonly keys?: readonly string[]; readonly reusable: readonly boolean[] };
  readonly articles: () => readonly Article[];
}

/**
 * The search index's schedule, one per build process: Pagefind's own process indexes alongside the other phases,
 * each build's index queued behind any earlier one (Pagefind's service is shared by the process). A build starts
 * its index as soon as the articles have loaded; serve starts it a few seconds after the pages, on low priority,
 * and only for the newest save. The build's progress display is told how far it has got.
 */
export class SearchSchedule {
  private readonly queue = new SearchQueue();
  private search: Promise<number | undefined> = Promise.resolve(0);
  private generation = 0;
  // For the progress display: the records Pagefind has taken so far, of `total`, once the phase is shown.
  private done = 0;
  private total = 0;
  private shown = false;
  private writing = false;

  constructor(private readonly options: NewsdeskOptions) {}

  /** Starts the index of `job` (behind any earlier one). */
  start(job: SearchJob): void {
    const { options } = this;
    const progress = options.progress;
    // build --incremental: a bundle is reused when its key is the same as in the last build.
    const incremental = options.incremental;
    // Held only until Pagefind's workers have their copies: the job's records are not kept by the closure below.
    const { clock, phase, outputRoot, language, bundles, bundleOf } = job;
    // serve makes its records when the index starts; a build has made them, and need not hold every article.
    const articles = job.records ? () => [] : job.articles;
    const deal = (records: readonly SearchRecord[]) =>
      dealBundles(records, { count: bundles.length, bundle: records.map((r) => bundleOf.get(r.url) ?? 0) });
    let shards = job.records ? deal(job.records) : undefined;
    const keys = job.reuse?.keys;
    const reusable = bundles.map((_, k) => job.reuse?.reusable[k] ?? false);
    // Every searchable article is in one bundle: what the index holds, reused bundles included.
    const count = bundleOf.size;
    const reused = [...bundleOf.values()].filter((k) => reusable[k]).length;
    this.done = 0;
    this.writing = false;
    this.total = count;
    this.shown = false;
    const stop = new AbortController();
    const generation = ++this.generation;
    const work = this.queue.run(async () => {
      // serve: a few seconds after the pages, on low priority, and only if no newer save came meanwhile.
      if (options.preview) await sleep(SERVE_SEARCH_DELAY_MS);
      if ((generation !== this.generation && options.preview) || stop.signal.aborted) return undefined;
      const started = performance.now();
      let dealt: SearchRecord[][] | undefined = shards ?? deal(searchRecords(articles(), language));
      shards = undefined;
      let fresh: SearchBundle[] | undefined = bundles.flatMap((path, k) =>
        reusable[k] ? [] : [{ path, records: dealt![k]! }],
      );
      const rebuilt = fresh.length;
      for (const [k, bundle] of bundles.entries()) if (reusable[k]) incremental!.reuseBundle(bundle);
      const writing = Promise.all([
        rebuilt === 0
          ? Promise.resolve(0)
          : writeSearchBundles(
              fresh,
              outputRoot,
              { lowPriority: options.preview, signal: stop.signal },
              (done) => {
                this.done = reused + done;
                if (this.shown) progress?.set(this.done);
              },
              () => {
                this.writing = true;
                if (this.shown) progress?.phase("search index: writing the bundle");
              },
            ),
      ]).then(() => {
        incremental?.searched(keys, rebuilt);
        return count;
      });
      // Each worker has its own copy of its records: these can go while Pagefind indexes (the suspended function
      // would otherwise hold every body's text until the index is written).
      // eslint-disable-next-line no-useless-assignment -- released for the garbage collector, not read again
      dealt = fresh = undefined;
      const indexed = await writing;
      clock.add(phase, performance.now() - started);
      return indexed;
    }, options.preview);
    work.catch(() => undefined); // awaited by finish(); a build that fails first hands it to onBackground
    this.search = work;
    options.onBackground?.(work, () => stop.abort());
  }

  /** Waits for the index, showing it as its own phase from here on; the records indexed. */
  async finish(): Promise<number> {
    const progress = this.options.progress;
    progress?.phase("search index", this.total, "articles");
    this.shown = true;
    progress?.set(this.done);
    if (this.writing) progress?.phase("search index: writing the bundle");
    return (await this.search) ?? 0;
  }
}
