/** Where a problem is and what to do about it: the one shape every check, build and test speaks. */
export interface Diagnostic {
  /** Path of the file, relative to the content folder, with forward slashes. */
  readonly file: string;
  /** 1-based line in the file (1 when the problem is the file as a whole). */
  readonly line: number;
  /** 1-based column in the line. */
  readonly column: number;
  /** Front-matter field, or "file" / "body" / "front-matter" for problems of the file itself. */
  readonly field: string;
  /** An error stops a build; a warning is a problem to fix; a notice is a tidy-up for something that works. */
  readonly severity: "error" | "warning" | "notice";
  readonly message: string;
  /** What to write instead, when newsdesk knows. */
  readonly suggestion?: string;
}

/** A position in a file. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Thrown when content has errors: carries every diagnostic so callers can print them all. */
export class ContentError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    super(`${errors.length} content error${errors.length === 1 ? "" : "s"}:\n${formatDiagnostics(errors)}`);
    this.name = "ContentError";
    this.diagnostics = diagnostics;
  }
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Warnings promoted to errors, for --strict; notices stay notices (what they name works). */
export function strict(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => (d.severity === "warning" ? { ...d, severity: "error" as const } : d));
}

/** One diagnostic as `FILE:LINE:COL field: message (fix)`. */
export function formatDiagnostic(d: Diagnostic): string {
  const fix = d.suggestion ? ` — ${d.suggestion}` : "";
  const label = d.severity === "error" ? "" : `${d.severity === "warning" ? "warning" : "note"}: `;
  return `${d.file}:${d.line}:${d.column} ${d.field}: ${label}${d.message}${fix}`;
}

/** Diagnostics sorted by file, line and column, one a line. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return sortDiagnostics(diagnostics).map(formatDiagnostic).join("\n");
}

/** A stable order: file, then line, then column. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
  );
}
