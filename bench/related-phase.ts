import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { relateArticles } from "../src/related/relate.ts";
import { buildRelatedIndex } from "../src/related/related-index.ts";
import { relatedWeights } from "../src/related/weights.ts";
import { collectGarbage, resetPeakRss, rss } from "./process-memory.ts";
import { pruningRecall } from "./pruning-recall.ts";
import { syntheticArchive } from "./synthetic.ts";

const ENTRY = fileURLToPath(new URL("./run-bench.js", import.meta.url));
const MB = 1024 * 1024;

/** The heading of the related phase's table, one row a size. */
export const RELATED_PHASE_HEADER =
  "articles   related phase   CPU time   per article   peak RSS Δ   heap Δ (kept)   pruning recall@5";

/** One size's row, measured in a fresh process (`--row`), so that one size's garbage never counts against the next. */
export async function relatedPhaseRowInChild(n: number): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [ENTRY, "--row", "--articles", String(n)], {
    maxBuffer: 1 << 20,
  });
  return stdout.trimEnd();
}

/** One size's row, in this process: generate, collect garbage, then time and measure relateArticles alone. */
export function relatedPhaseRow(n: number): string {
  const articles = syntheticArchive({ articles: n, seed: 1 });
  collectGarbage();
  const exact = resetPeakRss();
  const before = rss().current;
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const result = relateArticles(articles);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const peak = rss().peak - before;
  collectGarbage();
  const kept = process.memoryUsage().heapUsed - heapBefore;
  const recall = pruningRecall(buildRelatedIndex(articles, relatedWeights()), 5, 200);
  const cells = [
    n.toLocaleString("en").padEnd(11),
    `${(ms / 1000).toFixed(2)} s`.padEnd(16),
    `${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`.padEnd(11),
    `${((ms * 1000) / n).toFixed(0)} µs`.padEnd(14),
    `${(peak / MB).toFixed(0)} MB${exact ? "" : "*"}`.padEnd(13),
    `${(kept / MB).toFixed(0)} MB`.padEnd(16),
    recall.toFixed(3),
  ];
  void result;
  return cells.join("");
}
