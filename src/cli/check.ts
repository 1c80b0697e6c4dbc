import { relative, resolve } from "node:path";
import { DateTime } from "luxon";
import { hasErrors } from "../model/diagnostic.ts";
import { checkContent } from "../build/pipeline.ts";
import { CONTENT_OPTIONS, UsageError, parseOptions } from "./args.ts";
import { formatGithubAnnotations, formatJsonReport, formatReport } from "./check-report.ts";

/** `newsdesk check`: the build's validation pass alone, every problem at once. */
export async function check(args: string[]): Promise<number> {
  const { values } = parseOptions(args, {
    ...CONTENT_OPTIONS,
    strict: { type: "boolean", default: false },
    format: { type: "string", default: "text" },
  });
  if (!["text", "json", "github"].includes(values.format))
    throw new UsageError(`--format is text, json or github, not '${values.format}'`);
  // The build's pipeline up to validation (src/build/pipeline.ts).
  const { content, diagnostics } = await checkContent(resolve(values.content), DateTime.now(), values.strict);
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
