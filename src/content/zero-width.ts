// Characters that show nothing: a line of only these (and spaces) is a paragraph of nothing, a gap on the page.
const ZERO_WIDTH = new Set(["\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060"]);
const ANY_ZERO_WIDTH = /\u200B|\u200C|\u200D|\uFEFF|\u2060/;

// True for a line with at least one zero-width character and nothing else but spaces and tabs.
function onlyZeroWidth(line: string): boolean {
  const rest = line.replace(/[ \t\r\u00A0]/g, "");
  return rest !== "" && Array.from(rest).every((c) => ZERO_WIDTH.has(c));
}

/** A body with its zero-width-only lines emptied, and which lines (0-based in the body) they were. */
export interface ZeroWidthResult {
  readonly body: string;
  readonly lines: readonly number[];
}

/**
 * Empties every line holding only zero-width characters (U+200B, U+200C, U+200D, U+FEFF, U+2060) and spaces.
 * The line stays as an empty line, so every later line keeps its number for the other checks' reports.
 */
export function dropZeroWidthLines(body: string): ZeroWidthResult {
  // Most bodies hold no zero-width character at all: one scan says so, instead of a look at every line (0.46 s of
  // loading 10,000 articles, BENCHMARKS.md).
  if (!ANY_ZERO_WIDTH.test(body)) return { body, lines: [] };
  const lines: number[] = [];
  const kept = body.split("\n").map((line, i) => {
    if (!onlyZeroWidth(line)) return line;
    lines.push(i);
    return "";
  });
  return lines.length === 0 ? { body, lines } : { body: kept.join("\n"), lines };
}
