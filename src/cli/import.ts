import { statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { relative, resolve, isAbsolute } from "node:path";
import { CONTENT_OPTIONS, UsageError, parseOptions } from "./args.ts";
import { Refused, reasonOf } from "./refused.ts";
import { createProgress } from "./progress.ts";
import { isCi, progressMode } from "./progress-mode.ts";
import { runImport } from "../import/write-import.ts";
import { reportSummary } from "../import/report-summary.ts";
import { IMPORTERS, type SourceKind } from "../import/importers.ts";

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
  const importer = IMPORTERS[kind as SourceKind](from, { uploads: values.uploads && resolve(values.uploads) });
  const progress = createProgress({
    stream: process.stderr,
    mode: progressMode({
      quiet: values.quiet,
      isTTY: process.stderr.isTTY === true,
      ci: isCi(env),
      dumb: env.TERM === "dumb",
    }),
    now: () => performance.now(),
  });
  progress.phase("import", undefined, "documents");
  const report = await runImport(importer, given, {
    contentDir,
    force: values.force,
    suggestEntities: values["suggest-entities"],
    onProgress: (n) => progress.set(n),
  });
  progress.end();
  if (values.report !== undefined) {
    try {
      await writeFile(resolve(values.report), `${JSON.stringify(report.toJson(), null, 2)}\n`);
    } catch (error) {
      console.error(`newsdesk import: --report '${values.report}' cannot be written: ${reasonOf(error)}`);
    }
  }
  console.log(reportSummary(report, values.report));
  return report.hasErrors() ? 1 : 0;
}

function refuseSource(path: string, given: string, source: { readonly what: string; readonly folder: boolean }): void {
  const found = statSync(path, { throwIfNoEntry: false });
  if (!found) throw new Refused(`'${given}' does not exist: name ${source.what}`);
  if (source.folder !== found.isDirectory()) throw new Refused(`'${given}' is not ${source.what}`);
}

function inside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}
