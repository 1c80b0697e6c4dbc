import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fixture, runCli, tempDir, type CliResult } from "./cli.ts";

/** A line of a JavaScript stack trace: what no newsdesk output may ever hold. */
export const STACK_FRAME = /\n\s+at .+:\d+:\d+/;

/** A valid article, for folders that need one to be otherwise fine. */
export const ARTICLE = "---\ntitle: One\ndate: 2020-01-02\nsummary: s\n---\nBody.\n";

/** A fresh content folder (basic fixture's site.yaml, one article) plus `files`, and an `outside` folder beside it. */
export async function contentCase(
  files: Record<string, string> = {},
): Promise<{ root: string; content: string; outside: string }> {
  const root = await tempDir("newsdesk-case-");
  const content = join(root, "content");
  const outside = join(root, "outside");
  mkdirSync(join(content, "articles"), { recursive: true });
  mkdirSync(outside);
  cpSync(join(fixture("basic"), "_data"), join(content, "_data"), { recursive: true });
  writeFileSync(join(content, "articles/one.md"), ARTICLE);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  return { root, content, outside };
}

/** What check and build said about one content folder; build writes to `out`, a fresh path. */
export interface Verdicts {
  readonly check: CliResult;
  readonly build: CliResult;
  readonly out: string;
}

/** Runs the real check and build on a content folder. */
export async function checkAndBuild(content: string, root: string): Promise<Verdicts> {
  const out = join(root, "site");
  const check = await runCli(["check", "--content", content]);
  const build = await runCli(["build", "--content", content, "--out", out, "--now", "2026-01-01T00:00:00Z"]);
  return { check, build, out };
}

/** Runs `work` over `items`, at most `limit` at a time (the machine is shared). */
export async function inTurns<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The located lines (FILE:LINE:COLUMN …) of a check or build report. */
export function locatedLines(result: CliResult): string[] {
  return `${result.stdout}\n${result.stderr}`.split("\n").filter((line) => /^\S+:\d+:\d+ /.test(line));
}
