/** Which notation a file's front-matter is written in. */
export type FrontMatterFormat = "yaml" | "toml" | "json" | "none";

/** A source file cut into its front-matter text and body, with the lines they start at (1-based). */
export interface SplitFile {
  readonly format: FrontMatterFormat;
  readonly raw: string;
  /** The line of the file the front-matter's first line is on. */
  readonly rawLine: number;
  readonly body: string;
  readonly bodyLine: number;
}

const FENCES: Record<string, { format: FrontMatterFormat; close: RegExp }> = {
  "---": { format: "yaml", close: /^(?:---|\.\.\.)[ \t]*$/ },
  "+++": { format: "toml", close: /^\+\+\+[ \t]*$/ },
};

/**
 * Splits a Jekyll or Hugo file: YAML between `---` lines, TOML between `+++` lines, or (Hugo) a JSON object at the
 * very start. A file without an opening fence, or whose fence never closes, is all body.
 */
export function splitFrontMatter(text: string): SplitFile {
  const clean = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = clean.split("\n");
  const fence = FENCES[(lines[0] ?? "").trimEnd()];
  if (fence) {
    const end = lines.findIndex((line, i) => i > 0 && fence.close.test(line));
    if (end > 0) return cut(lines, fence.format, 1, end, end + 1);
  }
  if (clean.startsWith("{")) {
    const end = jsonEnd(clean);
    if (end > 0) {
      const raw = clean.slice(0, end);
      const rawLines = raw.split("\n").length;
      const rest = clean.slice(end).replace(/^[ \t]*\n/, "");
      return { format: "json", raw, rawLine: 1, body: rest, bodyLine: rawLines + 1 };
    }
  }
  return { format: "none", raw: "", rawLine: 1, body: clean, bodyLine: 1 };
}

function cut(lines: string[], format: FrontMatterFormat, from: number, to: number, bodyFrom: number): SplitFile {
  return {
    format,
    raw: lines.slice(from, to).join("\n"),
    rawLine: from + 1,
    body: lines.slice(bodyFrom).join("\n"),
    bodyLine: bodyFrom + 1,
  };
}

// The offset just past the object that opens the text, counting braces outside strings; -1 when it never closes.
function jsonEnd(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i + 1;
  }
  return -1;
}
