import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { runMeasured, type ChildMeasure } from "./measured-child.ts";
import { childEnv } from "./contenders.ts";
import { writeWxrExport } from "./wxr-export.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const MB = 1024 * 1024;
/** The issue's targets for a 10,000-post export. */
const TARGET = { seconds: 60, bytes: 500 * MB };

/** How the import bench runs. */
export interface ImportBenchOptions {
  readonly posts: number;
  readonly runs: number;
  readonly keep: boolean;
}

interface Row {
  readonly name: string;
  readonly measures: ChildMeasure[];
}

/**
 * `newsdesk import wordpress` on a generated export of `posts` posts, beside the usual whole-file converter
 * (bench/whole-export-convert.mjs), each run a fresh process into a fresh folder, the two alternating: wall time
 * and peak RSS, the ratio, and whether the targets (under 60 s and 500 MB) are met.
 */
export async function importBench(options: ImportBenchOptions): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "newsdesk-import-bench-"));
  try {
    const made = await writeWxrExport(dir, options.posts);
    const newsdesk: Row = { name: "newsdesk import (streamed, converted)", measures: [] };
    const whole: Row = { name: "whole-file parse + turndown only", measures: [] };
    let summary = "";
    for (let run = 0; run < options.runs; run++) {
      const order = run % 2 === 0 ? [newsdesk, whole] : [whole, newsdesk];
      for (const row of order) {
        const out = join(dir, `run-${run}-${row === newsdesk ? "newsdesk" : "whole"}`);
        const report = `${out}.json`;
        const args =
          row === newsdesk
            ? [
                "bin/newsdesk.js",
                "import",
                "wordpress",
                made.file,
                "--uploads",
                made.uploads,
                "--content",
                out,
                "--quiet",
                "--report",
                report,
              ]
            : ["bench/whole-export-convert.mjs", made.file, out];
        const measure = await runMeasured(process.execPath, args, { cwd: ROOT, env: childEnv() });
        if (measure.code !== 0 && !(row === newsdesk && measure.code === 1)) {
          throw new Error(
            `${row.name} failed (exit ${measure.code}): ${measure.stderr.trim().split("\n").slice(-3).join(" / ")}`,
          );
        }
        row.measures.push(measure);
        if (row === newsdesk && summary === "") summary = await reportLine(report);
        await rm(out, { recursive: true, force: true });
      }
    }
    const size = (made.bytes / MB).toFixed(1);
    console.log(
      `\nImport of a generated WordPress export: ${options.posts.toLocaleString("en")} posts, ${size} MB (seed 1), node ${process.version}, ${DateTime.now().toISODate()}, ${options.runs} runs alternating`,
    );
    console.log(`${"".padEnd(40)}median s   min s   max s   peak RSS`);
    for (const row of [newsdesk, whole]) console.log(rowLine(row));
    const ratio = median(newsdesk.measures.map((m) => m.seconds)) / median(whole.measures.map((m) => m.seconds));
    const peak = Math.max(...newsdesk.measures.map((m) => m.peaks.tree));
    const slowest = Math.max(...newsdesk.measures.map((m) => m.seconds));
    console.log(
      `time ratio newsdesk / whole-file: ${ratio.toFixed(2)}×; newsdesk peak RSS ${(peak / MB).toFixed(0)} MB`,
    );
    console.log(summary);
    if (options.posts === 10_000) {
      const met = slowest < TARGET.seconds && peak < TARGET.bytes;
      console.log(`target at 10,000 posts, under 60 s and 500 MB on every run: ${met ? "met" : "MISSED"}`);
    }
  } finally {
    if (!options.keep) await rm(dir, { recursive: true, force: true });
    else console.log(`kept: ${dir}`);
  }
}

function rowLine(row: Row): string {
  const seconds = row.measures.map((m) => m.seconds);
  const peak = Math.max(...row.measures.map((m) => m.peaks.tree));
  const cell = (n: number) => n.toFixed(1).padStart(8);
  return `${row.name.padEnd(40)}${cell(median(seconds))}${cell(Math.min(...seconds))}${cell(Math.max(...seconds))}${`${(peak / MB).toFixed(0)} MB`.padStart(11)}`;
}

async function reportLine(file: string): Promise<string> {
  const report = JSON.parse(await readFile(file, "utf8")) as {
    articles: { written: number };
    pages: { written: number };
    aliases: number;
    links: { rewritten: number };
    images: { copied: number };
  };
  return `newsdesk wrote ${report.articles.written} articles and ${report.pages.written} pages, ${report.aliases} aliases, ${report.links.rewritten} links rewritten, ${report.images.copied} images copied`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
