import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { writeArchiveFolder } from "./archive-folder.ts";
import { median } from "./build-results.ts";
import { childEnv } from "./contenders.ts";
import { runMeasured } from "./measured-child.ts";
import { retitled, serveTargets } from "./serve-edits.ts";
import { articleMarkdown } from "./synthetic-markdown.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SEED = 1;
// Every synthetic article is in the past of this, so none is held back as scheduled.
const NOW = "2030-01-01T00:00:00Z";
const MB = 1024 * 1024;

/** The changes a CI run after a push builds, in the order they are made, after a first build without a manifest. */
export const INCREMENTAL_STEPS = [
  "first build (no manifest)",
  "one headline edited",
  "one new article",
  "entities.yaml description",
] as const;

/** One measured build --incremental. */
export interface IncrementalRun {
  readonly step: (typeof INCREMENTAL_STEPS)[number];
  /** Wall time from spawning the build to its exit. */
  readonly seconds: number;
  /** The build report's pagesWrittenAt: its last page, before it waits for the search index. */
  readonly pagesWrittenAt: number;
  readonly rendered: number;
  readonly reused: number;
  /** Search bundles indexed afresh, of `bundles`. */
  readonly searchRebuilt: number;
  readonly bundles: number;
  /** Peak RSS of the build's process tree (Pagefind included), bytes. */
  readonly treePeakRss: number;
}

/** What the incremental bench is asked for on the command line. */
export interface IncrementalBenchOptions {
  readonly articles: number;
  readonly runs: number;
  readonly keep: boolean;
}

/**
 * What CI does after a push, on a synthetic archive: a first `build --incremental` into a fresh folder, then, `runs`
 * times in turn, one edited headline (the newest article's), one new article (the newest), and a description added
 * to entities.yaml, each followed by `build --incremental` from the last output, each timed in its own process.
 * Prints a table of medians and returns every run.
 */
export async function incrementalBench(options: IncrementalBenchOptions): Promise<IncrementalRun[]> {
  const folder = await mkdtemp(join(tmpdir(), "newsdesk-bench-incremental-"));
  const content = join(folder, "content");
  try {
    const archive = await writeArchiveFolder(content, { articles: options.articles, seed: SEED });
    const newest = serveTargets(archive.articles).newest;
    const newestFile = join(content, articleMarkdown(newest).path);
    const build = (step: IncrementalRun["step"]) => incrementalBuild(step, content, folder);
    const runs = [await build(INCREMENTAL_STEPS[0])];
    for (let run = 1; run <= options.runs; run++) {
      const text = await readFile(newestFile, "utf8");
      await writeFile(newestFile, retitled(text, `Incremental bench edit ${run}`));
      runs.push(await build(INCREMENTAL_STEPS[1]));
      const added = newest.date.plus({ minutes: run });
      await writeFile(
        join(content, `articles/${added.toFormat("yyyy")}/incremental-bench-${run}.md`),
        [
          "---",
          `title: "A new story for the incremental bench, run ${run}"`,
          `date: ${added.toISO({ suppressMilliseconds: true })}`,
          "summary: A story added after the last build.",
          "---",
          "",
          `The agencies said the servers were seized again (run ${run}).`,
          "",
        ].join("\n"),
      );
      runs.push(await build(INCREMENTAL_STEPS[2]));
      const entities = join(content, "_data/entities.yaml");
      // The last run's description goes, this run's comes: a change to entities.yaml every run.
      const yaml = (await readFile(entities, "utf8")).replace(
        /^ {4}description: Described for the incremental bench.*\n/m,
        "",
      );
      const first = yaml.indexOf("\n  - name: ");
      if (first < 0) throw new Error("entities.yaml lists no entity to describe");
      const line = yaml.indexOf("\n", first + 1);
      await writeFile(
        entities,
        `${yaml.slice(0, line + 1)}    description: Described for the incremental bench, run ${run}.\n${yaml.slice(line + 1)}`,
      );
      runs.push(await build(INCREMENTAL_STEPS[3]));
    }
    console.log(incrementalTable(runs, options.articles));
    return runs;
  } finally {
    if (!options.keep) await rm(folder, { recursive: true, force: true });
  }
}

// One build --incremental of `content` into the folder's `out`, measured; a failed build throws with its stderr.
async function incrementalBuild(step: IncrementalRun["step"], content: string, folder: string) {
  const report = join(folder, "report.json");
  const args = [join(ROOT, "bin/newsdesk.js"), "build", "--content", content, "--out", join(folder, "out")];
  const flags = ["--now", NOW, "--quiet", "--incremental", "--report", report];
  const child = await runMeasured(process.execPath, [...args, ...flags], { cwd: ROOT, env: childEnv() });
  if (child.code !== 0) throw new Error(`build --incremental (${step}) failed: ${child.stderr.trim().slice(-500)}`);
  const built = JSON.parse(await readFile(report, "utf8")) as {
    pagesWrittenAt: number;
    incremental: { rendered: number; reused: number; searchRebuilt: number; searchBundles: number };
  };
  return {
    step,
    seconds: child.seconds,
    pagesWrittenAt: built.pagesWrittenAt,
    rendered: built.incremental.rendered,
    reused: built.incremental.reused,
    searchRebuilt: built.incremental.searchRebuilt,
    bundles: built.incremental.searchBundles,
    treePeakRss: child.peaks.tree,
  };
}

/** The runs as a table: per step, the median wall time and last page, files rendered and reused, bundles, peak. */
export function incrementalTable(runs: readonly IncrementalRun[], articles: number): string {
  const count = (n: number) => Math.round(n).toLocaleString("en");
  const lines = [
    `\nbuild --incremental on ${count(articles)} articles (seed ${SEED}), node ${process.version}, ${DateTime.now().toISODate()}, medians`,
    `${"".padEnd(28)}${"wall".padStart(9)}${"last page".padStart(11)}${"rendered".padStart(10)}${"reused".padStart(9)}${"bundles indexed".padStart(17)}${"tree peak".padStart(11)}`,
  ];
  for (const step of INCREMENTAL_STEPS) {
    const of = runs.filter((r) => r.step === step);
    if (of.length === 0) continue;
    const mid = (pick: (r: IncrementalRun) => number) => median(of.map(pick))!;
    lines.push(
      step.padEnd(28) +
        [
          `${mid((r) => r.seconds).toFixed(2)} s`.padStart(9),
          `${mid((r) => r.pagesWrittenAt).toFixed(2)} s`.padStart(11),
          count(mid((r) => r.rendered)).padStart(10),
          count(mid((r) => r.reused)).padStart(9),
          `${mid((r) => r.searchRebuilt)} of ${mid((r) => r.bundles)}`.padStart(17),
          `${count(Math.max(...of.map((r) => r.treePeakRss)) / MB)} MB`.padStart(11),
        ].join(""),
    );
  }
  return lines.join("\n");
}
