import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import type { FullBuildResult } from "./build-results.ts";
import { contenderTable, phaseTable, scaleTable, validationLine } from "./build-table.ts";
import { type Toolchain, fullBuilds, toolchain } from "./full-builds.ts";

/**
 * What `npm run bench -- --json` prints: one object with stable field names.
 * `node`, `eleventy`, `hugo`: the versions compared (`hugo` null when skipped, `hugoSkipped` says why);
 * `date`: the day, ISO; `folder`: the kept temporary folder (`--keep`), else null;
 * `builds`: one FullBuildResult per archive size, in order — `articles`, `seed`, `runs`;
 * `contenders`: newsdesk, floor, hugo, each `{name, status: ok|failed|skipped, reason?, median, min, max, pages,
 * pagesPerSecond, files, bytes, peakRss, treePeakRss, runs: [{ok, seconds, peakRss, treePeakRss, pages, files,
 * bytes, phases} | {ok: false, seconds, error}]}`; `phases`: newsdesk's `{name, seconds, share}` medians, named as
 * its build report names them; `ratios`: `{floor, hugo, hugoPagefind}`, newsdesk's median over each (null when either has none).
 * Times are seconds of wall time, memory and sizes bytes.
 */
export interface BenchJson {
  readonly node: string;
  readonly eleventy: string;
  readonly hugo: string | null;
  readonly hugoSkipped: string | null;
  readonly date: string;
  readonly folder: string | null;
  readonly builds: readonly FullBuildResult[];
}

/** What the full-build comparison is asked for on the command line. */
export interface FullBenchOptions {
  readonly sizes: readonly number[];
  readonly runs: number;
  readonly keep: boolean;
  readonly json: boolean;
  /** Articles link to each other, this percentage of the links dead; none when undefined. */
  readonly deadLinks?: number;
}

/** Runs the full-build comparison in a new temporary folder and prints it as tables, or as one JSON object. */
export async function fullBench(options: FullBenchOptions): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), "newsdesk-bench-"));
  const tools = toolchain();
  if (!options.json) console.log(heading(tools));
  try {
    const builds = await fullBuilds(
      {
        sizes: options.sizes,
        runs: options.runs,
        seed: 1,
        ...(options.deadLinks === undefined ? {} : { deadLinks: options.deadLinks }),
        folder,
        keep: options.keep,
        onResult: options.json ? undefined : printResult,
      },
      tools,
    );
    if (options.json) {
      const json: BenchJson = {
        node: tools.node,
        eleventy: tools.eleventy,
        hugo: tools.hugo,
        hugoSkipped: tools.hugoSkipped,
        date: today(),
        folder: options.keep ? folder : null,
        builds,
      };
      console.log(JSON.stringify(json, null, 2));
      return;
    }
    if (builds.length > 1)
      console.log(
        `\nnewsdesk's phases across sizes (flat time per article means linear growth)\n${scaleTable(builds)}`,
      );
    if (options.keep) console.log(`\nKept the archives, projects and last outputs in ${folder}`);
  } finally {
    if (!options.keep) await rm(folder, { recursive: true, force: true });
  }
}

function printResult(result: FullBuildResult): void {
  const validation = validationLine(result);
  console.log(`\n${contenderTable(result)}\n\n${phaseTable(result)}${validation ? `\n${validation}` : ""}`);
}

function heading(tools: Toolchain): string {
  const hugo = tools.hugo ?? `Hugo skipped: ${tools.hugoSkipped}`;
  return `\nFull build side by side, ${today()}: newsdesk (node ${tools.node}), bare Eleventy ${tools.eleventy} (markdown-it, one Nunjucks layout), ${hugo}`;
}

function today(): string {
  return DateTime.now().toISODate() ?? "";
}
