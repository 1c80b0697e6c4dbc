// The structure a browser implies in raw HTML, written out so the page html-validate checks is the one readers get:
// a <tbody> around rows written straight into a <table>, a <summary> at the start of a <details> without one.
import type { RawHtmlDrop } from "./raw-html-drops.ts";
import { VOID } from "./raw-html-unwrap.ts";

/** Put by the sanitizer on each <details> it keeps, numbering them in order, until completeStructure() reads it. */
export const DETAILS_MARK = "data-newsdesk-details";

const IMPLIED = "tbody (implied)";
// White space and marks of Markdown stretches (src/content/raw-html-rule.ts) may stand before a <summary>.
// eslint-disable-next-line no-control-regex -- NUL is the mark of a stretch of Markdown
const BEFORE_SUMMARY = /^(?:\s|\u0000\d+\u0000)*<summary[\s>]/;

/**
 * The sanitizer's balanced output (each <details> marked with DETAILS_MARK) with every run of rows standing in a
 * <table> wrapped in <tbody>, as a browser reads it (silently: nothing is lost or moved), and a <summary>Details</summary>
 * opening each <details> that has none, reported at `lineOf(k)` of the k-th marked <details>.
 */
export function completeStructure(
  html: string,
  lineOf: (k: number) => number,
): { html: string; dropped: RawHtmlDrop[] } {
  const dropped: RawHtmlDrop[] = [];
  const open: string[] = [];
  let out = "";
  let from = 0;
  const tags = /<(\/?)([a-z][a-z0-9]*)\b[^>]*>/g;
  for (let t = tags.exec(html); t; t = tags.exec(html)) {
    const [tag, closing, name] = [t[0], t[1] === "/", t[2]!];
    out += html.slice(from, t.index);
    from = t.index + tag.length;
    // The <tbody> newsdesk opened ends before anything but a row: the table's </table>, a <tfoot>.
    if (open.at(-1) === IMPLIED && (closing || name !== "tr")) {
      out += "</tbody>";
      open.pop();
    }
    if (closing) {
      open.pop();
      out += tag;
      continue;
    }
    if (name === "tr" && open.at(-1) === "table") {
      out += "<tbody>";
      open.push(IMPLIED);
    }
    if (!VOID.has(name)) open.push(name);
    const details = name === "details" ? new RegExp(` ${DETAILS_MARK}="(\\d+)"`).exec(tag) : null;
    if (!details) {
      out += tag;
      continue;
    }
    out += tag.replace(details[0], "");
    if (BEFORE_SUMMARY.test(html.slice(from))) continue;
    out += "<summary>Details</summary>";
    dropped.push({
      line: lineOf(Number(details[1])),
      message: "raw HTML <details> has no <summary>: it is labelled “Details”",
      suggestion: "start it with <summary>…</summary> naming what it holds",
    });
  }
  return { html: out + html.slice(from), dropped };
}
