import { execFileSync } from "node:child_process";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { BENCH_PER_PAGE, writeArchiveFolder } from "./archive-folder.ts";
import {
  CONTENDERS,
  type ContenderName,
  type ContenderRun,
  type FullBuildResult,
  contenderResult,
  fullBuildResult,
} from "./build-results.ts";
import { floorSiteFiles } from "./floor-site.ts";
import { hugoSiteFiles } from "./hugo-site.ts";
import { writeSiteFiles } from "./site-files.ts";
import { benchFolders, eleventyVersion, findHugo, markdownItUrl, runContender } from "./contenders.ts";

/** What the full-build comparison runs. */
export interface FullBuildOptions {
  /** Archive sizes, built in this order. */
  readonly sizes: readonly number[];
  readonly runs: number;
  readonly seed: number;
  /** Articles link to each other, this percentage of the links dead (bench/internal-links.ts); none when undefined. */
  readonly deadLinks?: number;
  /** The temporary folder every archive, project and output goes under. */
  readonly folder: string;
  /** Keep each size's archive and the last run's outputs (else each size's folder goes once it is measured). */
  readonly keep: boolean;
  /** Called with each size's result as soon as it is known. */
  readonly onResult?: (result: FullBuildResult) => void;
}

/** The tools compared, for the heading: node, Eleventy and Hugo versions, or why Hugo is not run. */
export interface Toolchain {
  readonly node: string;
  readonly eleventy: string;
  readonly hugo: string | null;
  readonly hugoPath: string | null;
  /** Why Hugo is not run, when it is not. */
  readonly hugoSkipped: string | null;
}

/** The toolchain of this machine: the Eleventy newsdesk depends on, and the `hugo` found on PATH. */
export function toolchain(): Toolchain {
  const hugoPath = findHugo() ?? null;
  let hugo: string | null = null;
  let hugoSkipped: string | null = hugoPath
    ? null
    : "no hugo binary on PATH; on Debian or Ubuntu: apt-get install hugo";
  if (hugoPath) {
    try {
      hugo = execFileSync(hugoPath, ["version"], { encoding: "utf8" }).trim();
    } catch (error) {
      hugoSkipped = `${hugoPath} version failed: ${(error as Error).message}`;
    }
  }
  return {
    node: process.version,
    eleventy: eleventyVersion(),
    hugo,
    hugoPath: hugoSkipped ? null : hugoPath,
    hugoSkipped,
  };
}

/**
 * Writes a deterministic synthetic archive of each size as newsdesk content, a bare-Eleventy floor project and
 * a Hugo site over the same Markdown, then builds them `runs` times each, taking turns (newsdesk, floor, Hugo,
 * Hugo then Pagefind), each into a fresh output folder. Both Hugo rows are skipped when the toolchain has no Hugo.
 */
export async function fullBuilds(options: FullBuildOptions, tools: Toolchain): Promise<FullBuildResult[]> {
  const results: FullBuildResult[] = [];
  for (const articles of options.sizes) {
    const root = join(options.folder, `articles-${articles}`);
    const folders = benchFolders(root);
    const links = options.deadLinks === undefined ? {} : { deadLinks: options.deadLinks };
    await writeArchiveFolder(folders.content, { articles, seed: options.seed, ...links });
    await writeSiteFiles(folders.floor, floorSiteFiles(join(folders.content, "articles"), markdownItUrl()));
    await writeSiteFiles(folders.hugo, hugoSiteFiles(folders.content, BENCH_PER_PAGE));
    const runs = new Map<ContenderName, ContenderRun[]>(CONTENDERS.map((name) => [name, []]));
    const active = CONTENDERS.filter((name) => !name.startsWith("hugo") || tools.hugoPath !== null);
    for (let run = 1; run <= options.runs; run++) {
      for (const name of active) {
        const done = runs.get(name)!;
        if (done.some((r) => !r.ok)) continue; // a contender that failed once (out of memory, say) is not retried
        done.push(await runContender(name, folders, tools.hugoPath ?? undefined, run));
      }
    }
    const contenders = CONTENDERS.map((name) =>
      contenderResult(name, runs.get(name)!, name.startsWith("hugo") ? (tools.hugoSkipped ?? undefined) : undefined),
    );
    const result = fullBuildResult({ articles, seed: options.seed, runs: options.runs, ...links }, contenders);
    results.push(result);
    options.onResult?.(result);
    if (!options.keep) await rm(root, { recursive: true, force: true });
  }
  return results;
}
