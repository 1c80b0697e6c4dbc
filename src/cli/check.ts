import { resolve } from "node:path";
import { DateTime } from "luxon";
import { hasErrors, strict } from "../content/diagnostics.ts";
import { loadContent } from "../content/load.ts";
import { CONTENT_OPTIONS, UsageError, parseOptions } from "./args.ts";
import { formatJsonReport, formatReport } from "./report.ts";

/** `newsdesk check`: the build's validation pass alone, every problem at once. */
export async function check(args: string[]): Promise<number> {
  const { values } = parseOptions(args, {
    ...CONTENT_OPTIONS,
    strict: { type: "boolean", default: false },
    format: { type: "string", default: "text" },
  });
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format is text or json, not '${values.format}'`);
  const content = await loadContent({ contentDir: resolve(values.content), now: DateTime.now(), drafts: true, future: true, render: false });
  const diagnostics = values.strict ? strict(content.diagnostics) : content.diagnostics;
  if (values.format === "json") {
    console.log(formatJsonReport(diagnostics));
  } else {
    console.log(formatReport(diagnostics));
    if (!hasErrors(diagnostics)) console.log(`${content.articles.length} articles checked.`);
  }
  return hasErrors(diagnostics) ? 1 : 0;
}
