import { accessSync, constants, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { lstat, readdir, rm } from "node:fs/promises";
import { delimiter, dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ContenderName, ContenderRun } from "./build-results.ts";
import { isPageFile } from "./output-pages.ts";
import { runMeasured } from "./measured-child.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
// Packages are found as newsdesk's own code finds them (require's resolution also works under the test runner).
const resolvePackage = (name: string) => createRequire(import.meta.url).resolve(name);
// Every synthetic article is in the past of this, so none is held back as scheduled.
const NOW = "2030-01-01T00:00:00Z";

/** The folders of one benchmark archive: newsdesk's content, the floor's and Hugo's projects, outputs, reports. */
export interface BenchFolders {
  readonly content: string;
  readonly floor: string;
  readonly hugo: string;
  readonly out: string;
}

/** The folders of a benchmark archive under `root`. */
export function benchFolders(root: string): BenchFolders {
  return {
    content: join(root, "content"),
    floor: join(root, "floor"),
    hugo: join(root, "hugo"),
    out: join(root, "out"),
  };
}

/**
 * Pagefind's command-line binary, the one newsdesk's `pagefind` dependency installed for this platform (the
 * same Pagefind newsdesk indexes with), in its extended build.
 */
export function pagefindBinary(): string {
  const platformPackage = `@pagefind/${process.platform}-${process.arch}/package.json`;
  const found = createRequire(join(ROOT, "package.json")).resolve(platformPackage);
  return join(dirname(found), "bin", process.platform === "win32" ? "pagefind_extended.exe" : "pagefind_extended");
}

/** The `hugo` binary on PATH, if any. */
export function findHugo(path = process.env.PATH ?? ""): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, "hugo"), constants.X_OK);
      return join(dir, "hugo");
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** Eleventy's command-line script in newsdesk's node_modules (the same Eleventy newsdesk builds with). */
export function eleventyCli(): string {
  return join(eleventyRoot(), "cmd.cjs");
}

/** The version of that Eleventy (its package.json is read as a file: the package's exports do not reach it). */
export function eleventyVersion(): string {
  return (JSON.parse(readFileSync(join(eleventyRoot(), "package.json"), "utf8")) as { version: string }).version;
}

/** markdown-it as newsdesk resolves it, as a URL the floor's config can import. */
export function markdownItUrl(): string {
  return pathToFileURL(resolvePackage("markdown-it")).href;
}

// Eleventy's entry point is src/<file> in its package folder.
function eleventyRoot(): string {
  return dirname(dirname(resolvePackage("@11ty/eleventy")));
}

/** The environment of a measured child: Node's default heap (a caller's NODE_OPTIONS is not passed on), no colour. */
export function childEnv(): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _, ...env } = process.env;
  return { ...env, NO_COLOR: "1" };
}

/** Builds one contender once into a fresh output folder, measured; a failure is a result, never a throw. */
export async function runContender(
  name: ContenderName,
  folders: BenchFolders,
  hugo: string | undefined,
  run: number,
): Promise<ContenderRun> {
  const out = join(folders.out, name);
  const report = join(folders.out, `newsdesk-report-${run}.json`);
  await rm(out, { recursive: true, force: true });
  const [command, args, cwd] =
    name === "newsdesk"
      ? [
          process.execPath,
          [
            join(ROOT, "bin/newsdesk.js"),
            "build",
            "--content",
            folders.content,
            "--out",
            out,
            "--now",
            NOW,
            "--report",
            report,
            "--quiet",
          ],
          ROOT,
        ]
      : name === "floor"
        ? [
            process.execPath,
            [eleventyCli(), "--config=eleventy.config.mjs", `--output=${out}`, "--quiet"],
            folders.floor,
          ]
        : // Hugo alone, or Hugo before Pagefind (below).
          [hugo ?? "hugo", ["--quiet", "--source", folders.hugo, "--destination", out], folders.hugo];
  let child = await runMeasured(command, args, { cwd, env: childEnv() }).catch((error: Error) => error);
  if (name === "hugo-pagefind" && !(child instanceof Error) && child.code === 0) {
    // Pagefind's command line over Hugo's output, as a Hugo newsroom adds search: the pair is timed end to end.
    const pagefindArgs = ["--site", out, "--silent"];
    const search = await runMeasured(pagefindBinary(), pagefindArgs, { cwd, env: childEnv() }).catch(
      (error: Error) => error,
    );
    child =
      search instanceof Error
        ? search
        : {
            ...search,
            seconds: child.seconds + search.seconds,
            peaks: {
              main: Math.max(child.peaks.main, search.peaks.main),
              tree: Math.max(child.peaks.tree, search.peaks.tree),
            },
          };
  }
  if (child instanceof Error) return { ok: false, seconds: 0, error: child.message };
  if (child.code !== 0) {
    const last = child.stderr.trim().split("\n").filter(Boolean).slice(-3).join(" / ");
    return {
      ok: false,
      seconds: child.seconds,
      error: `${child.signal ? `killed by ${child.signal}` : `exit code ${child.code}`}${last ? `: ${last}` : ""}`,
    };
  }
  const measure = {
    ok: true as const,
    seconds: child.seconds,
    peakRss: child.peaks.main,
    treePeakRss: child.peaks.tree,
  };
  if (name !== "newsdesk") return { ...measure, ...(await outputStats(out)), phases: [] };
  try {
    const built = JSON.parse(readFileSync(report, "utf8")) as {
      pages: number;
      pagesWrittenAt: number;
      phases: { name: string; seconds: number; concurrent?: boolean }[];
      output: { files: number; bytes: number };
    };
    return {
      ...measure,
      pages: built.pages,
      files: built.output.files,
      bytes: built.output.bytes,
      pagesWrittenAt: built.pagesWrittenAt,
      phases: built.phases.map(({ name: n, seconds, concurrent }) => ({
        name: n,
        seconds,
        ...(concurrent ? { concurrent } : {}),
      })),
    };
  } catch (error) {
    return { ok: false, seconds: child.seconds, error: `no readable build report: ${(error as Error).message}` };
  }
}

/** Files, bytes and pages (see isPageFile) under a built site. */
export async function outputStats(dir: string): Promise<{ pages: number; files: number; bytes: number }> {
  const totals = { pages: 0, files: 0, bytes: 0 };
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else {
        totals.files++;
        totals.bytes += (await lstat(path)).size;
        if (isPageFile(relative(dir, path))) totals.pages++;
      }
    }
  };
  await walk(dir);
  return totals;
}
