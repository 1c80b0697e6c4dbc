import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { writeArchiveFolder } from "./archive-folder.ts";
import { type EditKind, markerTitle, retitled, serveTargets } from "./serve-edits.ts";
import { type CpuSample, quietSince } from "./idle.ts";
import { buildDoneAt } from "./serve-log.ts";
import { servedTitle } from "./served-title.ts";
import { type ServeBenchResult, type ServeEdit, serveMedians } from "./serve-results.ts";
import { serveTable } from "./serve-table.ts";
import type { Article } from "../src/model/article.ts";
import { setTimeout as sleep } from "node:timers/promises";
import { type BenchServer, freePort, startServer } from "./serve-child.ts";

const POLL_MS = 25;
// Quiet: under 0.05 s of CPU in 2 s, sampled every 250 ms (a watcher still being set up, or a build, uses far more).
const IDLE = { windowMs: 2_000, cpuSeconds: 0.05, sampleMs: 250 };
const SEED = 1;
// After the first page answers, the first build's log line has long been printed: this only absorbs pipe delay.
const LOG_GRACE_MS = 2_000;

/** What the serve bench is asked for on the command line. */
export interface ServeBenchOptions {
  readonly articles: number;
  readonly runs: number;
  readonly keep: boolean;
  readonly json: boolean;
  /** How long the first build, and each edit, may take before the bench gives up. */
  readonly timeoutSeconds: number;
}

/**
 * Serves a synthetic archive with `newsdesk serve` and times, over HTTP as a browser would fetch it, the cold
 * start and each edit until the page shows it; prints a table, or one JSON object (ServeBenchResult).
 * The server is stopped whatever happens.
 */
export async function serveBench(options: ServeBenchOptions): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), "newsdesk-bench-serve-"));
  let server: BenchServer | undefined;
  // The server is in a process group of its own, out of reach of a Ctrl+C meant for the bench: it is killed here.
  const interrupted = (signal: NodeJS.Signals) => {
    server?.kill();
    if (!options.keep) rmSync(folder, { recursive: true, force: true });
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.on("SIGINT", interrupted);
  process.on("SIGTERM", interrupted);
  try {
    const content = join(folder, "content");
    progress(`writing ${options.articles.toLocaleString("en")} synthetic articles into ${content}`);
    const archive = await writeArchiveFolder(content, { articles: options.articles, seed: SEED });
    const targets = serveTargets(archive.articles);
    server = startServer({ content, out: join(folder, "out"), port: await freePort() });
    progress(`newsdesk serve on port ${server.port}: waiting for the first build`);
    const cold = await waitServed(
      server,
      targets.middle.path,
      () => true,
      server.started,
      options.timeoutSeconds,
      "the first build",
    );
    const logs = cold.logSeconds !== null; // a server that never logs a finished build is timed by its pages alone
    // The first edit waits for a quiet server: one that answers pages may still be setting up its file watcher.
    progress(`first page served after ${cold.seconds} s: waiting for the server to go quiet`);
    const coldIdle = await waitIdle(
      server,
      server.started,
      options.timeoutSeconds,
      "the server to go quiet after its first build",
    );
    const home = await fetchPage(server.port, "/");
    if (!home?.body.includes(`href="${targets.newest.path}"`))
      throw new Error(
        `the home page does not link the newest article ${targets.newest.path}: cannot time the home page`,
      );
    const nonce = randomBytes(4).toString("hex");
    const runs = [];
    for (let run = 1; run <= options.runs; run++) {
      const edit = (target: Article, kind: EditKind) =>
        timeEdit(server!, {
          content,
          target,
          kind,
          marker: markerTitle(run, kind, nonce),
          logs,
          timeoutSeconds: options.timeoutSeconds,
        });
      const article = await edit(targets.middle, "article");
      runs.push({ run, article, home: await edit(targets.newest, "home") });
    }
    const peaks = server.peaks();
    const stopped = await server.stop();
    server = undefined;
    const result: ServeBenchResult = {
      node: process.version,
      date: DateTime.now().toISODate() ?? "",
      articles: options.articles,
      seed: SEED,
      port: cold.port,
      folder: options.keep ? folder : null,
      coldStart: { seconds: cold.seconds, logSeconds: cold.logSeconds, idleSeconds: coldIdle },
      runs,
      medians: serveMedians(runs),
      peakRss: peaks.main,
      treePeakRss: peaks.tree,
      stopped,
    };
    console.log(options.json ? JSON.stringify(result, null, 2) : `\n${serveTable(result)}`);
    if (options.keep && !options.json) console.log(`\nKept the archive and the served output in ${folder}`);
  } finally {
    await server?.stop();
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    if (!options.keep) await rm(folder, { recursive: true, force: true });
  }
}

// Writes a marker title into the target's Markdown and waits until the watched page serves it (and, when the
// server logs its builds, until it says the rebuild finished, so that the next edit starts on an idle server).
async function timeEdit(
  server: BenchServer,
  edit: { content: string; target: Article; kind: EditKind; marker: string; logs: boolean; timeoutSeconds: number },
): Promise<ServeEdit> {
  const file = join(edit.content, edit.target.file);
  const text = retitled(await readFile(file, "utf8"), edit.marker);
  const page = edit.kind === "article" ? edit.target.path : "/";
  progress(`editing ${edit.target.file}: waiting for ${page} to show "${edit.marker}"`);
  const since = performance.now();
  await writeFile(file, text);
  const shows = (body: string) =>
    body.includes(edit.marker) && servedTitle(edit.kind, body, edit.target.path) === edit.marker;
  const served = await waitServed(
    server,
    page,
    shows,
    since,
    edit.timeoutSeconds,
    `"${edit.marker}" on ${page}`,
    edit.logs,
  );
  const title = servedTitle(edit.kind, served.body, edit.target.path)!;
  // The next edit starts on a quiet server: whatever this one set off (the search index, say) is over.
  const idleSeconds = await waitIdle(
    server,
    since,
    edit.timeoutSeconds,
    `the server to go quiet after "${edit.marker}"`,
  );
  return {
    kind: edit.kind,
    file: edit.target.file,
    page,
    marker: edit.marker,
    served: title,
    seconds: served.seconds,
    logSeconds: served.logSeconds,
    idleSeconds,
  };
}

// Polls a page every 25 ms from `since` until it answers 200 with a body `test` accepts, then waits for the
// server's build-finished line (at most LOG_GRACE_MS more unless `requireLog`). Fails on timeout or a dead server.
async function waitServed(
  server: BenchServer,
  path: string,
  test: (body: string) => boolean,
  since: number,
  timeoutSeconds: number,
  what: string,
  requireLog = false,
) {
  const deadline = since + timeoutSeconds * 1000;
  let seen: { at: number; body: string } | undefined;
  for (;;) {
    if (!seen) {
      const page = await fetchPage(server.port, path);
      if (page && test(page.body)) seen = { at: performance.now(), body: page.body };
    }
    const done = buildDoneAt(server.log, since);
    const gaveUpOnLog = seen && !requireLog && performance.now() > seen.at + LOG_GRACE_MS;
    if (seen && (done !== undefined || gaveUpOnLog)) {
      return {
        port: server.port,
        body: seen.body,
        seconds: seconds(seen.at - since),
        logSeconds: done === undefined ? null : seconds(done - since),
      };
    }
    const exited = server.exited();
    if (exited !== undefined)
      throw new Error(`newsdesk serve ended (${exited}) while waiting for ${what}; its last output:\n${tail(server)}`);
    if (performance.now() > deadline) {
      const missing = seen ? "the server to log the build finished" : `${path} to serve it`;
      throw new Error(
        `gave up on ${what} after ${timeoutSeconds} s, waiting for ${missing}; the server's last output:\n${tail(server)}`,
      );
    }
    await sleep(POLL_MS);
  }
}

// Samples the server's CPU time until it has been quiet for IDLE.windowMs; returns when that quiet began, in seconds
// from `since`. Fails on timeout or a dead server.
async function waitIdle(server: BenchServer, since: number, timeoutSeconds: number, what: string): Promise<number> {
  const samples: CpuSample[] = [];
  for (const deadline = since + timeoutSeconds * 1000; ; await sleep(IDLE.sampleMs)) {
    samples.push({ at: performance.now(), cpu: server.cpuSeconds() });
    const quiet = quietSince(samples, IDLE.windowMs, IDLE.cpuSeconds);
    if (quiet !== undefined) return seconds(Math.max(0, quiet - since));
    const exited = server.exited();
    if (exited !== undefined)
      throw new Error(`newsdesk serve ended (${exited}) while waiting for ${what}; its last output:\n${tail(server)}`);
    if (performance.now() > deadline)
      throw new Error(
        `gave up waiting for ${what} after ${timeoutSeconds} s; the server's last output:\n${tail(server)}`,
      );
  }
}

// One GET of a site path; undefined while the server is not listening or answers other than 200.
async function fetchPage(port: number, path: string): Promise<{ body: string } | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(10_000) });
    const body = await response.text();
    return response.status === 200 ? { body } : undefined;
  } catch {
    return undefined;
  }
}

// Milliseconds as seconds, to the millisecond: the polling interval makes finer digits noise.
function seconds(ms: number): number {
  return Math.round(ms) / 1000;
}

function tail(server: BenchServer): string {
  const lines = server.log.slice(-15).map((line) => `  ${line.text}`);
  return lines.length > 0 ? lines.join("\n") : "  (nothing)";
}

// Progress goes to stderr, so that stdout is the table or the JSON alone.
function progress(message: string): void {
  console.error(`[bench serve] ${message}`);
}
