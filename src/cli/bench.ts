import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { DateTime } from "luxon";
import { measureVariants } from "../bench/related-quality.ts";
import { pruningRecall } from "../bench/pruning-recall.ts";
import { syntheticArchive } from "../bench/synthetic.ts";
import { loadContent } from "../content/load.ts";
import { relateArticles } from "../related/relate.ts";
import { buildRelatedIndex } from "../related/related-index.ts";
import { relatedWeights } from "../related/weights.ts";
import { UsageError, parseOptions, wholeNumber } from "./args.ts";
import { Refused } from "./refused.ts";
import { fullBench } from "./bench-full.ts";
import { serveBench } from "./bench-serve.ts";
import { collectGarbage, resetPeakRss, rss } from "./bench-memory.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SCALE = [1_000, 10_000, 50_000];
const MB = 1024 * 1024;
const PARTS = ["quality", "related", "build", "serve"] as const;
// The serve bench is run alone, with --only serve: it is a different question, and minutes long at 10,000 articles.
const DEFAULT_PARTS = ["quality", "related", "build"];
// How long the first build, and each edit, may take in the serve bench before it gives up.
const SERVE_TIMEOUT_SECONDS = 600;
const HEADER = "articles   related phase   CPU time   per article   peak RSS Δ   heap Δ (kept)   pruning recall@5";

/**
 * `newsdesk bench`: related quality on the labelled archive, the related phase's time and memory, then the full
 * build of a synthetic archive by newsdesk, a bare-Eleventy floor and Hugo, side by side (`--only` picks one);
 * `--only serve` times `newsdesk serve` from an edit until the page served shows it.
 */
export async function bench(args: string[]): Promise<number> {
  const { values } = parseOptions(args, {
    articles: { type: "string" },
    scale: { type: "boolean", default: false },
    only: { type: "string" },
    runs: { type: "string" },
    keep: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    "skip-quality": { type: "boolean", default: false },
    labelled: { type: "string", default: join(ROOT, "tests/fixtures/related") },
    row: { type: "boolean", default: false },
  });
  const articles = wholeNumber(values.articles, "articles", 10_000);
  const runs = wholeNumber(values.runs, "runs", 3);
  if (values.scale && values.articles) throw new UsageError("--scale runs 1,000, 10,000 and 50,000 articles; leave out --articles");
  const only = values.only;
  if (only !== undefined && !(PARTS as readonly string[]).includes(only)) throw new UsageError(`--only takes ${PARTS.join(", ")}, not '${only}'`);
  if (values.json && only !== undefined && only !== "build" && only !== "serve") throw new UsageError("--json prints the full-build comparison or the serve bench: use it alone, with --only build or with --only serve");
  if (values.scale && only === "serve") throw new UsageError("--only serve runs one archive size: use --articles N");
  if (values.row) {
    console.log(await phaseRow(articles));
    return 0;
  }
  const sizes = values.scale ? SCALE : [articles];
  // --json is one part alone (the full build unless --only serve), so that stdout is one JSON object.
  const parts = values.json ? [only ?? "build"] : only ? [only] : DEFAULT_PARTS.filter((p) => p !== "quality" || !values["skip-quality"]);
  // The labelled archive is a test fixture: an installed newsdesk has none, so it is said in a line, not a stack.
  if (parts.includes("quality") && !existsSync(join(resolve(values.labelled), "labels.json"))) {
    throw new Refused(`no labels.json in ${values.labelled}: the labelled archive for related quality comes with newsdesk's repository (tests/fixtures/related), not the installed package; give --labelled DIR, or --skip-quality`);
  }
  if (parts.includes("quality")) await printQuality(resolve(values.labelled));
  if (parts.includes("related")) {
    console.log(`\nRelated phase on a synthetic archive (seed 1), node ${process.version}, ${DateTime.now().toISODate()}`);
    console.log(HEADER);
    // Each size runs in a fresh process, so one size's garbage never counts against the next.
    for (const n of sizes) console.log(await childRow(n));
  }
  if (parts.includes("build")) await fullBench({ sizes, runs, keep: values.keep, json: values.json });
  if (parts.includes("serve")) {
    try {
      await serveBench({ articles, runs, keep: values.keep, json: values.json, timeoutSeconds: SERVE_TIMEOUT_SECONDS });
    } catch (error) {
      // A server that never showed an edit is a measured failure, said in a line, not a stack trace.
      console.error(`newsdesk bench: the serve bench failed: ${(error as Error).message}`);
      return 1;
    }
  }
  return 0;
}

async function printQuality(dir: string): Promise<void> {
  const content = await loadContent({ contentDir: dir, now: DateTime.fromISO("2100-01-01T00:00:00Z"), render: false });
  const labels = new Map(Object.entries(JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Record<string, string>));
  const stories = new Set(labels.values()).size;
  console.log(`Related quality on ${dir} (${content.articles.length} articles, ${stories} stories)`);
  console.log(`${"".padEnd(44)}precision@3   nDCG@5   worst story p@3`);
  for (const { variant, quality } of measureVariants(content.articles, labels, content.site.related.weights)) {
    const worst = Math.min(...[...quality.byLabel.values()].map((q) => q.precisionAt3));
    console.log(`${variant.name.padEnd(44)}${quality.overall.precisionAt3.toFixed(3).padStart(11)}   ${quality.overall.ndcgAt5.toFixed(3).padStart(6)}   ${worst.toFixed(2).padStart(15)}`);
  }
}

async function childRow(n: number): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, "bin/newsdesk.js"), "bench", "--row", "--articles", String(n)], { maxBuffer: 1 << 20 });
  return stdout.trimEnd();
}

// One size, in this process: generate, collect garbage, then time and measure relateArticles alone.
async function phaseRow(n: number): Promise<string> {
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
