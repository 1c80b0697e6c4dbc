import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontMatter } from "../../src/content/front-matter.ts";
import { queryAlias } from "../../src/model/query-alias.ts";
import { redirectPagePath } from "../../src/site/reserved-paths.ts";
import { fileFor, listFiles, page } from "./site.ts";
import { buildSite, runCli, tempDir, type CliResult } from "./cli.ts";
import type { ImportReportJson } from "../../src/import/import-report.ts";

/** One imported file: where it is, the address newsdesk gives it, and the old addresses it keeps. */
export interface ImportedFile {
  readonly file: string;
  readonly path: string;
  readonly aliases: readonly string[];
  readonly data: Readonly<Record<string, unknown>>;
  readonly body: string;
}

/** An archive imported, checked, built and verified, as an editor moving to newsdesk would. */
export interface ImportRun {
  readonly content: string;
  readonly imported: CliResult;
  readonly report: ImportReportJson;
  readonly checked: CliResult;
  readonly out: string;
  readonly verified: CliResult;
  readonly files: readonly ImportedFile[];
}

/** Imports `source` with `args` into a fresh content folder (`prepare` may put data files in first), then check, build and verify. */
export async function importAndBuild(
  kind: string,
  source: string,
  args: string[] = [],
  prepare?: (content: string) => void,
): Promise<ImportRun> {
  const dir = await tempDir();
  const content = join(dir, "content");
  if (prepare) {
    mkdirSync(join(content, "_data"), { recursive: true });
    prepare(content);
  }
  const reportFile = join(dir, "report.json");
  const imported = await runCli(["import", kind, source, "--content", content, "--report", reportFile, ...args]);
  const report = JSON.parse(readFileSync(reportFile, "utf8")) as ImportReportJson;
  const checked = await runCli(["check", "--content", content, "--format", "json"]);
  const out = await buildSite(content);
  const verified = await runCli(["verify", "--out", out]);
  return { content, imported, report, checked, out, verified, files: importedFiles(content) };
}

/** The articles and pages of a content folder with their addresses and aliases. */
export function importedFiles(content: string): ImportedFile[] {
  return listFiles(content)
    .filter((f) => f.endsWith(".md") && (f.startsWith("articles/") || f.startsWith("pages/")))
    .map((file) => {
      const parsed = parseFrontMatter(readFileSync(join(content, file), "utf8"), file);
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      const data = parsed.file.data;
      const slug = file.split("/").pop()!.replace(/\.md$/, "");
      const path = file.startsWith("pages/") ? `/${slug}/` : `/${file.split("/").slice(1, 3).join("/")}/${slug}/`;
      return { file, path, aliases: (data.aliases as string[] | undefined) ?? [], data, body: parsed.file.body };
    });
}

/** Where an old address is answered in the built site, and the address it sends the reader to. */
export function redirectOf(out: string, alias: string): string | undefined {
  // As the build writes it: "/old" is answered by /old/index.html (src/site/reserved-paths.ts).
  const at = encodeURI(redirectPagePath(queryAlias(alias)?.path ?? alias));
  try {
    const $ = page(out, at);
    return /url=(.*)$/.exec($('meta[http-equiv="refresh"]').attr("content") ?? "")?.[1];
  } catch {
    return undefined;
  }
}

/** The file an old address is written at (for messages). */
export function redirectFile(out: string, alias: string): string {
  return fileFor(out, encodeURI(redirectPagePath(queryAlias(alias)?.path ?? alias)));
}
