import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { SearchRecord } from "./records.ts";

const WORKER = new URL("./index-worker.mjs", import.meta.url);

/** How to index. */
export interface IndexOptions {
  /** Index on the lowest CPU priority (serve), so rebuilding pages after a save goes first. */
  readonly lowPriority?: boolean;
  /** Aborted when the build has failed: Pagefind stops and nothing is written. */
  readonly signal?: AbortSignal;
}

// How long a stopped worker may take to end on its own before it is terminated.
const STOP_GRACE_MS = 5_000;

/**
 * Writes a Pagefind index of the records into `bundleDir` (the site's /pagefind/ folder) from a worker thread,
 * so it runs alongside rendering; resolves to how many were indexed. `onIndexed` hears how many are in so far,
 * `onWriting` when Pagefind starts writing the bundle (the longer part, which reports nothing until it ends).
 */
export function writeSearchIndex(
  records: readonly SearchRecord[],
  bundleDir: string,
  options: IndexOptions = {},
  onIndexed?: (done: number) => void,
  onWriting?: () => void,
): Promise<number> {
  // The worker gets a copy of the records at once; nothing here holds on to them while it indexes.
  return indexed(
    new Worker(WORKER, { workerData: { records, bundleDir, lowPriority: options.lowPriority === true } }),
    options,
    onIndexed,
    onWriting,
  );
}

// How many records the worker indexed, once it has ended.
function indexed(
  worker: Worker,
  options: IndexOptions,
  onIndexed?: (done: number) => void,
  onWriting?: () => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let done: number | undefined;
    const stop = () => {
      worker.postMessage({ stop: true });
      setTimeout(() => void worker.terminate(), STOP_GRACE_MS).unref();
    };
    if (options.signal?.aborted) stop();
    else options.signal?.addEventListener("abort", stop, { once: true });
    worker.on("message", (message: { indexed?: number; writing?: boolean; done?: number }) => {
      if (message.indexed !== undefined) onIndexed?.(message.indexed);
      if (message.writing) onWriting?.();
      if (message.done !== undefined) done = message.done;
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      options.signal?.removeEventListener("abort", stop);
      if (done !== undefined) resolve(done);
      else
        reject(
          new Error(
            options.signal?.aborted
              ? "search index: stopped"
              : `search index: the indexing worker stopped (exit code ${code})`,
          ),
        );
    });
  });
}

/** The records of one Pagefind bundle, and its site path (/pagefind/, /pagefind-2/, … see shards.ts). */
export interface SearchBundle {
  readonly path: string;
  readonly records: readonly SearchRecord[];
}

/**
 * How many bundles are indexed at once: one core is left to the build (rendering runs beside the index), so on two
 * cores bundles go one after another. Each Pagefind process holds its whole bundle in memory (about 3 GB for
 * 10,000 articles), so bundles in turn also keep the build's peak to the largest bundle's.
 */
export function bundlesAtOnce(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

/**
 * Writes each bundle under `outputRoot`, each in its own worker and Pagefind process, `bundlesAtOnce()` at a time;
 * resolves to how many records were indexed in all. `onIndexed` hears the total so far, `onWriting` when the last
 * bundles have started writing.
 */
export function writeSearchBundles(
  bundles: readonly SearchBundle[],
  outputRoot: string,
  options: IndexOptions,
  onIndexed?: (done: number) => void,
  onWriting?: () => void,
  atOnce = bundlesAtOnce(),
): Promise<number> {
  const taken = bundles.map(() => 0);
  const total = bundles.length;
  // Bundles waiting for their turn; each leaves the queue as its worker starts, having copied its records.
  const queue = bundles.map((bundle, k) => ({ bundle, k }));
  let writing = 0;
  let indexed = 0;
  const next = async (): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      if (options.signal?.aborted) throw new Error("search index: stopped");
      const { k } = job;
      const records = job.bundle.records;
      const dir = join(outputRoot, job.bundle.path);
      // eslint-disable-next-line no-useless-assignment -- lets go of the queued bundle while its index is written
      job = undefined;
      indexed += await writeSearchIndex(
        records,
        dir,
        options,
        (done) => {
          taken[k] = done;
          onIndexed?.(taken.reduce((sum, n) => sum + n, 0));
        },
        () => {
          if (++writing === total) onWriting?.();
        },
      );
    }
  };
  return Promise.all(Array.from({ length: Math.min(atOnce, total) }, next)).then(() => indexed);
}
