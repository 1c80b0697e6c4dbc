import { relative, resolve } from "node:path";
import { DateTime } from "luxon";
import { hasErrors, strict } from "../model/diagnostic.ts";
import { loadContent } from "../content/load.ts";
import { checkBodyLinks } from "../site/link-check.ts";
import { checkOutputClaims } from "../build/output-claims.ts";
import { buildSiteModel } from "../site/site-model.ts";
import { CONTENT_OPTIONS, UsageError, parseOptions } from "./args.ts";
import { formatGithubAnnotations, formatJsonReport, formatReport } from "./check-report.ts";

/** `newsdesk check`: the build's validation pass alone, every problem at once. */
export async function check(args: string[]): Promise<number> {
  const { values } = parseOptions(args, {
    ...CONTENT_OPTIONS,
    strict: { type: "boolean", default: false },
    format: { type: "string", default: "text" },
  });
  if (!["text", "json", "github"].includes(values.format)) throw new UsageError(`--format is text, json or github, not '${values.format}'`);
  const content = await loadContent({ contentDir: resolve(values.content), now: DateTime.now(), drafts: true, future: true, render: false });
  // Links are checked against the pages the content would produce; only content without errors has a model.
  const model = hasErrors(content.diagnostics) ? undefined : buildSiteModel(content, DateTime.now().year);
  const all = model ? [...content.diagnostics, ...checkOutputClaims(model, DateTime.now()), ...checkBodyLinks(model)] : content.diagnostics;
  const diagnostics = values.strict ? strict(all) : all;
  if (values.format === "json") {
    console.log(formatJsonReport(diagnostics));
  } else if (values.format === "github") {
    const annotations = formatGithubAnnotations(diagnostics, relative(process.cwd(), resolve(values.content)) || ".");
    if (annotations) console.log(annotations);
    console.log(formatReport(diagnostics).split("\n").at(-1));
  } else {
    console.log(formatReport(diagnostics));
    if (!hasErrors(diagnostics)) console.log(`${content.articles.length} articles checked.`);
  }
  return hasErrors(diagnostics) ? 1 : 0;
}
