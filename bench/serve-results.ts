import { median } from "./build-results.ts";
import type { EditKind } from "./serve-edits.ts";

/** One timed wait, in seconds of wall time (to the millisecond) from the file write (or, for the cold start, the spawn). */
export interface ServeTiming {
  /** Until the page served over HTTP contained what was looked for. */
  readonly seconds: number;
  /** Until the server's output said a build finished (`[11ty] Wrote N files`); null when it never said so. */
  readonly logSeconds: number | null;
  /** Until the server's process tree went quiet (under 0.05 s of CPU in 2 s): the build, the search index, the watcher set up. */
  readonly idleSeconds: number;
}

/** One measured edit: the file changed, the page polled, and the marker title written and found there. */
export interface ServeEdit extends ServeTiming {
  readonly kind: EditKind;
  /** The Markdown file edited, relative to the content folder. */
  readonly file: string;
  /** The site path polled: the article's own page, or / for the newest article. */
  readonly page: string;
  readonly marker: string;
  /** The title the served page showed when the wait ended (the article's h1, or its link on /): the marker, read back. */
  readonly served: string;
}

/** One run: an edit of the middle article watched on its page, then of the newest watched on the home page. */
export interface ServeRun {
  readonly run: number;
  readonly article: ServeEdit;
  readonly home: ServeEdit;
}

/**
 * What `npm run bench -- --only serve --json` prints. `node`, `date` (ISO day); `articles`, `seed`: the synthetic
 * archive; `port`: where the server listened; `folder`: the kept temporary folder (`--keep`), else null;
 * `coldStart`: spawn until the middle article's page answered 200 (`seconds`), until the first build's log line
 * (`logSeconds`) and until the server went quiet (`idleSeconds`); `runs`: per run, `article` and `home` edits
 * `{kind, file, page, marker, served, seconds, logSeconds, idleSeconds}`; `medians`: of `article` and `home` seconds, and of their `logSeconds` and `idleSeconds` (null for none);
 * `peakRss`, `treePeakRss`: the server's peak resident memory alone and summed over its process tree, bytes;
 * `stopped`: the signal that ended the server (SIGTERM, or SIGKILL when it outlived the grace period).
 */
export interface ServeBenchResult {
  readonly node: string;
  readonly date: string;
  readonly articles: number;
  readonly seed: number;
  readonly port: number;
  readonly folder: string | null;
  readonly coldStart: ServeTiming;
  readonly runs: readonly ServeRun[];
  readonly medians: {
    readonly article: number | null;
    readonly home: number | null;
    readonly articleLog: number | null;
    readonly homeLog: number | null;
    readonly articleIdle: number | null;
    readonly homeIdle: number | null;
  };
  readonly peakRss: number;
  readonly treePeakRss: number;
  readonly stopped: string;
}

/** The medians over runs of each edit's page, log and idle times (log times that are null are left out). */
export function serveMedians(runs: readonly ServeRun[]): ServeBenchResult["medians"] {
  const logs = (kind: EditKind) => runs.map((r) => r[kind].logSeconds).filter((s): s is number => s !== null);
  return {
    article: median(runs.map((r) => r.article.seconds)),
    home: median(runs.map((r) => r.home.seconds)),
    articleLog: median(logs("article")),
    homeLog: median(logs("home")),
    articleIdle: median(runs.map((r) => r.article.idleSeconds)),
    homeIdle: median(runs.map((r) => r.home.idleSeconds)),
  };
}
