import { mkdirSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { relative, resolve, isAbsolute } from "node:path";
import { CONTENT_OPTIONS, UsageError, parseOptions } from "./args.ts";
import { Refused, reasonOf } from "./refused.ts";
import { lockContent } from "./import-lock.ts";
import { stderrProgress } from "./progress.ts";
import { Worker } from "node:worker_threads";
import { reportSummary } from "../import/report-summary.ts";
import type { SourceKind } from "../import/importers.ts";
import type { ImportReportJson } from "../import/import-report.ts";

const SOURCES: Readonly<Record<SourceKind, { readonly what: string; readonly folder: boolean }>> = {
  wordpress: { what: "a WordPress export (WXR) file", folder: false },
  jekyll: { what: "a Jekyll site's folder", folder: true },
  hugo: { what: "a Hugo site's folder", folder: true },
};

/** `newsdesk import wordpress FILE.xml | jekyll DIR | hugo DIR`: an old archive into the content folder. */
export async function importArchive(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      ...CONTENT_OPTIONS,
      uploads: { type: "string" },
      report: { type: "string" },
      force: { type: "boolean", default: false },
      "suggest-entities": { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
    },
    true,
  );
  const [kind, given, ...rest] = positionals;
  if (!kind || !(kind in SOURCES) || !given || rest.length > 0) {
    throw new UsageError("import takes wordpress FILE.xml, jekyll DIR or hugo DIR");
  }
  const source = SOURCES[kind as SourceKind];
  const from = resolve(given);
  const contentDir = resolve(values.content);
  refuseSource(from, given, source);
  if (values.uploads !== undefined) {
    if (kind !== "wordpress")
      throw new UsageError("--uploads is for wordpress imports: the folder of wp-content/uploads");
    refuseSource(resolve(values.uploads), values.uploads, { what: "the uploads folder", folder: true });
  }
  const root = source.folder ? from : undefined;
  if (root && (inside(contentDir, root) || inside(root, contentDir))) {
    throw new Refused(
      `--content '${values.content}' and the ${kind} site '${given}' overlap: name a content folder outside the site being imported`,
    );
  }
  makeContentFolder(contentDir, values.content);
  const release = lockContent(contentDir, values.content);
  const progress = stderrProgress(values.quiet, env);
  progress.phase("import", undefined, "documents");
  const report = await inWorker(
    {
      kind,
      from,
      given,
      uploads: values.uploads && resolve(values.uploads),
      contentDir,
      force: values.force,
      suggestEntities: values["suggest-entities"],
    },
    (n) => progress.set(n),
  ).finally(release);
  progress.end();
  if (values.report !== undefined) {
    try {
      await writeFile(resolve(values.report), `${JSON.stringify(report, null, 2)}\n`);
    } catch (error) {
      console.error(`newsdesk import: --report '${values.report}' cannot be written: ${reasonOf(error)}`);
    }
  }
  console.log(reportSummary(report, values.report));
  return report.problems.some((p) => p.severity === "error") ? 1 : 0;
}

// The import's heap: room for the largest body and its DOM many times over, and no more (see import-worker.mjs).
const HEAP_MB = 192;
const WORKER = new URL("./import-worker.mjs", import.meta.url);

/** Runs the import in a worker thread with a bounded heap; resolves with its report. */
function inWorker(
  data: Readonly<Record<string, unknown>>,
  onProgress: (documents: number) => void,
): Promise<ImportReportJson> {
  return new Promise((done, fail) => {
    let report: ImportReportJson | undefined;
    let refused: string | undefined;
    const worker = new Worker(WORKER, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
    worker.on("message", (message: { progress?: number; report?: ImportReportJson; refused?: string }) => {
      if (message.progress !== undefined) onProgress(message.progress);
      if (message.refused) refused = message.refused;
      if (message.report) report = message.report;
    });
    worker.on("error", (error: Error & { code?: string }) =>
      fail(
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? new Error(`import ran out of its ${HEAP_MB} MB of memory: one item of the source may be unusually large`)
          : error,
      ),
    );
    worker.on("exit", (code) => {
      if (report) done(report);
      else fail(refused ? new Refused(refused) : new Error(`import stopped (exit code ${code})`));
    });
  });
}

function refuseSource(path: string, given: string, source: { readonly what: string; readonly folder: boolean }): void {
  const found = statOf(path);
  if (!found) throw new Refused(`'${given}' does not exist: name ${source.what}`);
  if (source.folder !== found.isDirectory()) throw new Refused(`'${given}' is not ${source.what}`);
}

// Made here, not in the worker, so a --content that is a file (or lies under one) is refused in one line.
function makeContentFolder(contentDir: string, given: string): void {
  const found = statOf(contentDir);
  if (found && !found.isDirectory()) {
    throw new Refused(`--content '${given}' is a file: name the folder the content goes in (it is made if missing)`);
  }
  try {
    mkdirSync(contentDir, { recursive: true });
  } catch (error) {
    throw new Refused(`--content '${given}' cannot be made: ${reasonOf(error)}`);
  }
}

// What is at `path`, or undefined when nothing is (a part of it being a file, ENOTDIR, included).
function statOf(path: string): ReturnType<typeof statSync> {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

function inside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}
