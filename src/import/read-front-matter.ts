import { parse as parseToml } from "smol-toml";
import { splitFrontMatter, type FrontMatterFormat } from "./front-matter-split.ts";
import type { ImportContext } from "./imported.ts";
import { readTolerantYaml } from "./yaml-repair.ts";

/** A source file's front-matter as data and its body, or the reason it could not be read (already reported). */
export type SourceFile =
  | {
      readonly ok: true;
      readonly format: FrontMatterFormat;
      readonly data: Record<string, unknown>;
      readonly body: string;
      readonly bodyLine: number;
    }
  | { readonly ok: false; readonly why: string };

/**
 * Reads a Jekyll or Hugo file's front-matter (YAML, repaired where the generator tolerated it; TOML; JSON). A
 * repair is reported with its line in the file; front-matter that cannot be read is a problem at its line.
 */
export function readSourceFile(text: string, source: string, ctx: ImportContext): SourceFile {
  const split = splitFrontMatter(text);
  const at = (line: number) => split.rawLine + line - 1;
  const read = readData(split.format, split.raw);
  if (!read.ok) {
    const line = at(read.line);
    const message = `front-matter cannot be read: ${read.message}`;
    ctx.report.problem({ file: source, line, column: 1, field: "front-matter", severity: "error", message });
    return { ok: false, why: `${message} (line ${line})` };
  }
  for (const r of read.repairs) ctx.report.repaired({ source, line: at(r.line), detail: r.detail });
  return { ok: true, format: split.format, data: read.data, body: split.body, bodyLine: split.bodyLine };
}

type DataReading =
  | { ok: true; data: Record<string, unknown>; repairs: readonly { line: number; detail: string }[] }
  | { ok: false; line: number; message: string };

function readData(format: FrontMatterFormat, raw: string): DataReading {
  if (format === "none") return { ok: true, data: {}, repairs: [] };
  if (format === "yaml") return readTolerantYaml(raw);
  try {
    const data: unknown = format === "toml" ? parseToml(raw) : JSON.parse(raw);
    if (data && typeof data === "object" && !Array.isArray(data)) {
      return { ok: true, data: data as Record<string, unknown>, repairs: [] };
    }
    return { ok: false, line: 1, message: "not a set of keys and values" };
  } catch (error) {
    const line = (error as { line?: number }).line ?? 1;
    return { ok: false, line, message: (error as Error).message.split("\n")[0] ?? "unreadable" };
  }
}
