import type Token from "markdown-it/lib/token.mjs";

/** Prose read a minute. */
export const WORDS_PER_MINUTE = 230;
/** Seconds a reader spends on a non-blank line of code: PoC code and logs are read slower than prose. */
export const SECONDS_PER_CODE_LINE = 2;
/** Seconds a table cell takes at least: a cell of hashes or addresses is one "word" but not read at prose speed. */
export const SECONDS_PER_CELL = 1;

/** What a body asks of its reader: words of text (prose and tables), non-blank lines of code, and minutes. */
export interface ReadingTime {
  /** Words of the text, tables included, code left out. */
  readonly words: number;
  /** Non-blank lines of fenced and indented code blocks. */
  readonly codeLines: number;
  /** Minutes to read, rounded, at least 1. */
  readonly minutes: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_]*/gu;

/** Words of a text: runs of letters and digits (with inner apostrophes). */
export function countWords(text: string): number {
  return (text.match(WORD) ?? []).length;
}

/**
 * Reading time of a parsed body: prose at WORDS_PER_MINUTE, each non-blank line of code at SECONDS_PER_CODE_LINE,
 * each table cell at its words' time or SECONDS_PER_CELL, whichever is longer. Raw HTML and image targets are
 * not read.
 */
export function readingTime(tokens: readonly Token[]): ReadingTime {
  let words = 0;
  let codeLines = 0;
  let seconds = 0;
  let inCell = false;
  for (const token of tokens) {
    if (token.type === "th_open" || token.type === "td_open") inCell = true;
    else if (token.type === "th_close" || token.type === "td_close") inCell = false;
    else if (token.type === "fence" || token.type === "code_block") {
      const lines = token.content.split("\n").filter((line) => line.trim() !== "").length;
      codeLines += lines;
      seconds += lines * SECONDS_PER_CODE_LINE;
    } else if (token.type === "inline") {
      const count = countWords(inlineText(token));
      words += count;
      const prose = (count * 60) / WORDS_PER_MINUTE;
      seconds += inCell ? Math.max(SECONDS_PER_CELL, prose) : prose;
    }
  }
  return { words, codeLines, minutes: Math.max(1, Math.round(seconds / 60)) };
}

// The words of an inline token a reader sees: text and inline code, not image targets or raw HTML; emphasis
// marks join their text ("wo**rd**" is one word), breaks and raw HTML part it.
function inlineText(token: Token): string {
  return (token.children ?? [])
    .map((child) =>
      child.type === "text" || child.type === "code_inline" ? child.content : SEPARATING.has(child.type) ? " " : "",
    )
    .join("");
}

const SEPARATING = new Set(["softbreak", "hardbreak", "html_inline", "image"]);
