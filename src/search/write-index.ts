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
export function writeSearchIndex(records: readonly SearchRecord[], bundleDir: string, options: IndexOptions = {}, onIndexed?: (done: number) => void, onWriting?: () => void): Promise<number> {
  // The worker gets a copy of the records at once; nothing here holds on to them while it indexes.
  return indexed(new Worker(WORKER, { workerData: { records, bundleDir, lowPriority: options.lowPriority === true } }), options, onIndexed, onWriting);
}

// How many records the worker indexed, once it has ended.
function indexed(worker: Worker, options: IndexOptions, onIndexed?: (done: number) => void, onWriting?: () => void): Promise<number> {
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
      else reject(new Error(options.signal?.aborted ? "search index: stopped" : `search index: the indexing worker stopped (exit code ${code})`));
    });
  });
}

/** The records of one Pagefind bundle, and its site path (/pagefind/, /pagefind-2/, … see shards.ts). */
export interface SearchBundle {
  readonly path: string;
  readonly records: readonly SearchRecord[];
}

/**
 * Writes each bundle under `outputRoot`, each in its own worker and Pagefind process so they index side by side;
 * resolves to how many records were indexed in all. `onIndexed` hears the total so far, `onWriting` when every
 * bundle has started writing.
 */
export function writeSearchBundles(bundles: readonly SearchBundle[], outputRoot: string, options: IndexOptions, onIndexed?: (done: number) => void, onWriting?: () => void): Promise<number> {
  const taken = bundles.map(() => 0);
  const total = bundles.length; // the callbacks below keep a number, not the bundles and their records
  let writing = 0;
  // Each worker copies its records as it starts; nothing here keeps them while they index.
  const jobs = bundles.map((bundle, k) =>
    writeSearchIndex(bundle.records, join(outputRoot, bundle.path), options, (done) => {
      taken[k] = done;
      onIndexed?.(taken.reduce((sum, n) => sum + n, 0));
    }, () => {
      if (++writing === total) onWriting?.();
    }),
  );
  return Promise.all(jobs).then((counts) => counts.reduce((sum, n) => sum + n, 0));
}
