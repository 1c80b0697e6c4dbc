// Runs in a worker thread: feeds the search records to Pagefind's service and writes the bundle.
// A worker has its own event loop, so Pagefind's replies are read at once even while the main thread is busy
// rendering pages; plain JavaScript, because a worker does not inherit the TypeScript loader of the main thread.
import { readFileSync, readdirSync } from "node:fs";
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
// A build that failed says stop: no more records go in and nothing is written.
let stopped = false;
parentPort.on("message", (message) => {
  if (message?.stop) stopped = true;
});
parentPort.unref();
const before = new Set(pagefindChildren());
const { index, errors } = await pagefind.createIndex({});
const started = pagefindChildren().filter((pid) => !before.has(pid));
if (!index) throw new Error(`search index: ${errors.join("; ")}`);
try {
  for (let start = 0; start < records.length && !stopped; start += WINDOW) {
    const batch = records.slice(start, start + WINDOW);
    const added = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
    const failed = added.findIndex((a) => a.errors.length > 0);
    if (failed >= 0) throw new Error(`search index: ${batch[failed].url}: ${added[failed].errors.join("; ")}`);
    // Pagefind has these now: their text need not stay in this thread's memory until the bundle is written.
    records.fill(undefined, start, start + batch.length);
    parentPort.postMessage({ indexed: start + batch.length });
  }
  if (stopped) throw new Error("search index: stopped");
  parentPort.postMessage({ writing: true });
  const written = await index.writeFiles({ outputPath: bundleDir });
  if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join("; ")}`);
  parentPort.postMessage({ done: records.length });
} finally {
  await pagefind.close();
  // close() kills Pagefind's process without waiting for it, and a process that held an index of 10,000 articles
  // takes a while to end. Only this thread's event loop can collect its exit, so the thread waits until the
  // process is gone (at most 30 s), or a long serve session would gather one defunct process per save.
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    const running = new Set(pagefindChildren());
    if (!started.some((pid) => running.has(pid))) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// The Pagefind processes this process started, by pid, from Linux's /proc (none where there is no /proc).
function pagefindChildren() {
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  return entries.filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      // "pid (comm) state ppid …"; comm may hold spaces and parentheses, so the last ")" ends it.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      return comm.startsWith("pagefind") && stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1] === String(process.pid);
    } catch {
      return false; // ended meanwhile
    }
  });
}
