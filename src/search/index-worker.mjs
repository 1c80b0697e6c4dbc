// Runs in a worker thread: feeds the search records to Pagefind's service and writes the bundle.
// A worker has its own event loop, so Pagefind's replies are read at once even while the main thread is busy
// rendering pages; plain JavaScript, because a worker does not inherit the TypeScript loader of the main thread.
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";

// Records in flight at once: one round trip per record would leave Pagefind waiting on each reply.
const WINDOW = 64;

const { records, bundleDir, lowPriority } = workerData;
// On Linux a priority belongs to a thread, and Pagefind's process, started from this one, inherits it.
if (lowPriority) {
  try {
    setPriority(19);
  } catch {
    // Where priorities cannot be lowered the index is written all the same.
  }
}
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`search index: ${errors.join("; ")}`);
try {
  for (let start = 0; start < records.length; start += WINDOW) {
    const batch = records.slice(start, start + WINDOW);
    const added = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
    const failed = added.findIndex((a) => a.errors.length > 0);
    if (failed >= 0) throw new Error(`search index: ${batch[failed].url}: ${added[failed].errors.join("; ")}`);
    parentPort.postMessage({ indexed: start + batch.length });
  }
  parentPort.postMessage({ writing: true });
  const written = await index.writeFiles({ outputPath: bundleDir });
  if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join("; ")}`);
  parentPort.postMessage({ done: records.length });
} finally {
  await pagefind.close();
  // close() kills Pagefind's process without waiting for it: a moment more lets this thread's event loop
  // collect its exit, or a long serve session would gather one defunct process per save.
  await new Promise((resolve) => setTimeout(resolve, 200));
}
