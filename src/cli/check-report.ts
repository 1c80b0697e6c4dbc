import { z } from "zod";
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from "../model/diagnostic.ts";

/** The documented shape of `check --format json` (committed as schema/check-report.schema.json). */
export const checkReportSchema = z
  .object({
    errors: z.number().int().min(0).describe("How many problems are errors."),
    warnings: z.number().int().min(0).describe("How many problems are warnings."),
    notices: z
      .number()
      .int()
      .min(0)
      .describe("How many are notices: tidy-ups for something that works (a link through a redirect)."),
    problems: z
      .array(
        z
          .object({
            file: z.string().describe("Path relative to the content folder."),
            line: z.number().int().min(1),
            column: z.number().int().min(1),
            field: z.string().describe("Front-matter field, or file / front-matter / body / yaml."),
            severity: z.enum(["error", "warning", "notice"]),
            message: z.string(),
            suggestion: z.string().nullable().describe("The fix, when newsdesk knows one."),
          })
          .strict(),
      )
      .describe("Sorted by file, line and column."),
  })
  .strict();

/** Diagnostics grouped by file, then one count line: what check and build print. */
export function formatReport(diagnostics: readonly Diagnostic[]): string {
  const sorted = sortDiagnostics(diagnostics);
  const lines: string[] = [];
  let file: string | undefined;
  for (const d of sorted) {
    if (d.file !== file) {
      if (file !== undefined) lines.push("");
      file = d.file;
    }
    lines.push(formatDiagnostic(d));
  }
  const { errors, warnings, notices } = counts(sorted);
  const files = new Set(sorted.map((d) => d.file)).size;
  if (lines.length > 0) lines.push("");
  // Notices are named only when there are some, so a report without any reads as it always did.
  const noted = notices > 0 ? `, ${notices} notice${notices === 1 ? "" : "s"}` : "";
  lines.push(
    `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}${noted}${sorted.length > 0 ? ` in ${files} file${files === 1 ? "" : "s"}` : ""}`,
  );
  return lines.join("\n");
}

/** Diagnostics as JSON for CI annotations. */
export function formatJsonReport(diagnostics: readonly Diagnostic[]): string {
  const sorted = sortDiagnostics(diagnostics);
  const report: z.infer<typeof checkReportSchema> = {
    ...counts(sorted),
    problems: sorted.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      field: d.field,
      severity: d.severity,
      message: d.message,
      suggestion: d.suggestion ?? null,
    })),
  };
  return JSON.stringify(report, null, 2);
}

/** How many diagnostics are errors, warnings and notices. */
export function counts(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number; notices: number } {
  const of = (severity: Diagnostic["severity"]) => diagnostics.filter((d) => d.severity === severity).length;
  return { errors: of("error"), warnings: of("warning"), notices: of("notice") };
}

/** Diagnostics as GitHub Actions workflow commands, so CI shows each on its file and line. */
export function formatGithubAnnotations(diagnostics: readonly Diagnostic[], contentPath: string): string {
  const escape = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const property = (text: string) => escape(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const prefix = contentPath.replace(/\/+$/, "");
  return sortDiagnostics(diagnostics)
    .map(
      (d) =>
        `::${d.severity} file=${property(`${prefix}/${d.file}`)},line=${d.line},col=${d.column},title=${property(`newsdesk: ${d.field}`)}::${escape(d.message + (d.suggestion ? ` — ${d.suggestion}` : ""))}`,
    )
    .join("\n");
}
