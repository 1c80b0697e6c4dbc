import { readContentFile, type ContentLook } from "./content-fs.ts";
import type { Diagnostic } from "../model/diagnostic.ts";

const decoder = new TextDecoder("utf-8", { fatal: true });
// Bidirectional override and isolate controls can make text read differently from how it is stored.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * A content file's text (`file` relative to the content folder), or why it cannot be used: a link, a folder, not
 * there, not UTF-8, NUL bytes, hidden bidi controls. `missing` is set when the file does not exist. `look`: one
 * pass's look at the folders (content-fs.ts ContentLook), when many files are read at once.
 */
export async function readContentText(
  contentDir: string,
  file: string,
  look?: ContentLook,
): Promise<{ text?: string; missing?: true; diagnostics: Diagnostic[] }> {
  const read = await readContentFile(contentDir, file, undefined, look);
  if (!read.ok)
    return { ...(read.reason === "missing" ? { missing: true as const } : {}), diagnostics: [read.diagnostic] };
  const { bytes } = read;
  const problem = (line: number, message: string, suggestion: string): { diagnostics: Diagnostic[] } => ({
    diagnostics: [{ file, line, column: 1, field: "file", severity: "error", message, suggestion }],
  });
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return problem(1, "the file is not valid UTF-8", "save the file as UTF-8");
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const nul = text.indexOf("\0");
  if (nul !== -1)
    return problem(
      lineAt(text, nul),
      "the file contains a NUL byte",
      "remove the invisible NUL character (or the binary data) from this line",
    );
  const bidi = BIDI_CONTROLS.exec(text);
  if (bidi)
    return problem(
      lineAt(text, bidi.index),
      "the file contains a bidirectional override character, which hides what the text says",
      "delete the invisible direction-control character on this line",
    );
  return { text, diagnostics: [] };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
