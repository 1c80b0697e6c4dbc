import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { UsageError, parseOptions, wholeNumber } from "../src/cli/args.ts";
import { loadContent } from "../src/content/load.ts";
import { fullBench } from "./build-bench.ts";
import { RELATED_PHASE_HEADER, relatedPhaseRow, relatedPhaseRowInChild } from "./related-phase.ts";
import { measureVariants } from "./related-quality.ts";
import { serveBench } from "./serve-bench.ts";
import { importBench } from "./import-bench.ts";
import { incrementalBench } from "./incremental-bench.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SCALE = [1_000, 10_000, 50_000];
/**
 * The labelled archives: the one the related weights were tuned on, and a holdout written apart from it (stories
 * that share agencies and countries but differ in kind, and stories tied only by a threat actor or malware family).
 */
const LABELLED = [join(ROOT, "tests/fixtures/related"), join(ROOT, "tests/fixtures/related-holdout")];

const PARTS = ["quality", "related", "build", "incremental", "serve", "import"] as const;
// The serve bench is run alone, with --only serve: it is a different question, and minutes long at 10,000 articles.
const DEFAULT_PARTS = ["quality", "related", "build", "incremental", "import"];
// How long the first build, and each edit, may take in the serve bench before it gives up.
const SERVE_TIMEOUT_SECONDS = 600;

/** What `npm run bench -- --help` prints, and a usage error after its message. */
export const BENCH_USAGE = `Usage: npm run bench -- [--only quality|related|build|incremental|serve|import] [--articles N | --scale] [--runs R] [--dead-links PERCENT] [--keep] [--json] [--skip-quality]

  related quality on the labelled archives (tuned and holdout); the related phase's time and memory; the full build beside bare Eleventy,
  Hugo and Hugo+Pagefind; incremental: build --incremental after one edited headline, one new article and an
  entities.yaml change, as CI after a push; --only serve: serve's cold start and edit-to-browser time (article page, home page); --dead-links:
  the full build's articles link to each other, PERCENT of the links to no page (old addresses, pages never made);
  import: newsdesk import of a generated N-post WordPress export beside a whole-file converter, time and peak memory

Exit codes: 0 ok, 1 a failed serve bench, 2 usage errors.`;

/** Runs the benchmark's command line and returns its exit code: a usage error is told with the usage, exit 2. */
export async function runBench(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(BENCH_USAGE);
    return 0;
  }
  try {
    return await bench(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`newsdesk bench: ${error.message}\n\n${BENCH_USAGE}`);
    return 2;
  }
}

/**
 * The benchmark (`npm run bench`): related quality on the labelled archives, the related phase's time and memory,
 * then the full build of a synthetic archive by newsdesk, a bare-Eleventy floor and Hugo, side by side (`--only`
 * picks one); `--only serve` times `newsdesk serve` from an edit until the page served shows it.
 */
async function bench(args: string[]): Promise<number> {
  const { values } = parseOptions(args, {
    articles: { type: "string" },
    scale: { type: "boolean", default: false },
    only: { type: "string" },
    runs: { type: "string" },
    "dead-links": { type: "string" },
    keep: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    "skip-quality": { type: "boolean", default: false },
    labelled: { type: "string", multiple: true, default: LABELLED },
    row: { type: "boolean", default: false },
  });
  const articles = wholeNumber(values.articles, "articles", 10_000);
  const runs = wholeNumber(values.runs, "runs", 3);
  const deadLinks = percentage(values["dead-links"]);
  if (values.scale && values.articles)
    throw new UsageError("--scale runs 1,000, 10,000 and 50,000 articles; leave out --articles");
  const only = values.only;
  if (only !== undefined && !(PARTS as readonly string[]).includes(only))
    throw new UsageError(`--only takes ${PARTS.join(", ")}, not '${only}'`);
  if (values.json && only !== undefined && only !== "build" && only !== "serve")
    throw new UsageError(
      "--json prints the full-build comparison or the serve bench: use it alone, with --only build or with --only serve",
    );
  if (values.scale && only === "serve") throw new UsageError("--only serve runs one archive size: use --articles N");
  if (values.row) {
    console.log(relatedPhaseRow(articles));
    return 0;
  }
  const sizes = values.scale ? SCALE : [articles];
  // --json is one part alone (the full build unless --only serve), so that stdout is one JSON object.
  const parts = values.json
    ? [only ?? "build"]
    : only
      ? [only]
      : DEFAULT_PARTS.filter((p) => p !== "quality" || !values["skip-quality"]);
  if (deadLinks !== undefined && !parts.includes("build"))
    throw new UsageError("--dead-links shapes the full build's archive: use it with --only build, or without --only");
  if (parts.includes("quality"))
    for (const [i, dir] of values.labelled.entries()) {
      if (i > 0) console.log("");
      await printQuality(resolve(dir));
    }
  if (parts.includes("related")) {
    console.log(
      `\nRelated phase on a synthetic archive (seed 1), node ${process.version}, ${DateTime.now().toISODate()}`,
    );
    console.log(RELATED_PHASE_HEADER);
    // Each size runs in a fresh process, so one size's garbage never counts against the next.
    for (const n of sizes) console.log(await relatedPhaseRowInChild(n));
  }
  if (parts.includes("build"))
    await fullBench({
      sizes,
      runs,
      keep: values.keep,
      json: values.json,
      ...(deadLinks === undefined ? {} : { deadLinks }),
    });
  if (parts.includes("incremental"))
    for (const n of sizes) await incrementalBench({ articles: n, runs, keep: values.keep });
  if (parts.includes("import")) await importBench({ posts: articles, runs, keep: values.keep });
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

// --dead-links: a whole percentage from 0 to 100, or undefined when not given.
function percentage(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 100)
    throw new UsageError(`--dead-links takes a whole percentage from 0 to 100, not '${value}'`);
  return n;
}

async function printQuality(dir: string): Promise<void> {
  const content = await loadContent({ contentDir: dir, now: DateTime.fromISO("2100-01-01T00:00:00Z"), render: false });
  const labels = new Map(
    Object.entries(JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Record<string, string>),
  );
  const stories = new Set(labels.values()).size;
  console.log(`Related quality on ${dir} (${content.articles.length} articles, ${stories} stories)`);
  console.log(`${"".padEnd(44)}precision@3   nDCG@5   worst story p@3`);
  for (const { variant, quality } of measureVariants(content.articles, labels, content.site.related.weights)) {
    const worst = Math.min(...[...quality.byLabel.values()].map((q) => q.precisionAt3));
    console.log(
      `${variant.name.padEnd(44)}${quality.overall.precisionAt3.toFixed(3).padStart(11)}   ${quality.overall.ndcgAt5.toFixed(3).padStart(6)}   ${worst.toFixed(2).padStart(15)}`,
    );
  }
}
