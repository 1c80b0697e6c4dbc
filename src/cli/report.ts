import { formatDiagnostic, sortDiagnostics, type Diagnostic } from "../content/diagnostics.ts";

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
  const errors = sorted.filter((d) => d.severity === "error").length;
  const warnings = sorted.length - errors;
  const files = new Set(sorted.map((d) => d.file)).size;
  if (lines.length > 0) lines.push("");
  lines.push(`${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}${sorted.length > 0 ? ` in ${files} file${files === 1 ? "" : "s"}` : ""}`);
  return lines.join("\n");
}

/** Diagnostics as JSON for CI annotations. */
export function formatJsonReport(diagnostics: readonly Diagnostic[]): string {
  const sorted = sortDiagnostics(diagnostics);
  const errors = sorted.filter((d) => d.severity === "error").length;
  return JSON.stringify({ errors, warnings: sorted.length - errors, problems: sorted.map((d) => ({ suggestion: null, ...d })) }, null, 2);
}
