import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";

/** How many header cells name a table region: enough to tell tables apart, short enough to hear. */
const LABEL_CELLS = 3;

/**
 * Tables: each sits in a labelled region (a named <section>) that scrolls sideways inside itself when wider than the column (focusable,
 * so keyboard readers can scroll it), named after its first header cells; header cells are column headers; a
 * column's alignment is a class (align-left, align-center, align-right), since the CSP refuses style attributes.
 */
export function tableRule(md: MarkdownIt): void {
  md.core.ruler.push("newsdesk_tables", (state) => {
    const seen = new Map<string, number>();
    state.tokens.forEach((token, i) => {
      if (token.type === "table_open")
        token.meta = { ...(token.meta as object | null), label: unique(tableLabel(state.tokens, i), seen) };
      if (token.type === "th_open") token.attrSet("scope", "col");
      if (token.type === "th_open" || token.type === "td_open") alignByClass(token);
    });
  });
  md.renderer.rules.table_open = (tokens, idx, options, _env, self) => {
    const label = (tokens[idx]!.meta as { label?: string } | null)?.label ?? "Table";
    const region = `<section class="table-wrap" tabindex="0" aria-label="${md.utils.escapeHtml(label)}">\n`;
    return region + self.renderToken(tokens, idx, options);
  };
  md.renderer.rules.table_close = (tokens, idx, options, _env, self) =>
    `${self.renderToken(tokens, idx, options)}</section>\n`;
}

// "Table: Host, Port, Service" from the header row's text (the first few cells; an empty header says just "Table").
function tableLabel(tokens: readonly Token[], open: number): string {
  const cells: string[] = [];
  for (
    let i = open + 1;
    i < tokens.length && tokens[i]!.type !== "thead_close" && tokens[i]!.type !== "table_close";
    i++
  ) {
    const token = tokens[i]!;
    if (token.type === "inline" && tokens[i - 1]?.type === "th_open") cells.push(inlineText(token));
  }
  const named = cells.map((c) => c.replace(/\s+/g, " ").trim()).filter(Boolean);
  if (named.length === 0) return "Table";
  const more = named.length > LABEL_CELLS ? ", …" : "";
  return `Table: ${named.slice(0, LABEL_CELLS).join(", ")}${more}`;
}

// Landmarks of one page need distinct names: a second "Table: Host, Port" is "Table: Host, Port (2)".
function unique(label: string, seen: Map<string, number>): string {
  const count = (seen.get(label) ?? 0) + 1;
  seen.set(label, count);
  return count === 1 ? label : `${label} (${count})`;
}

// An inline token's text, without markup (code spans and links keep their text).
function inlineText(token: Token): string {
  return (token.children ?? [])
    .filter((c) => c.type === "text" || c.type === "code_inline" || c.type === "softbreak")
    .map((c) => (c.type === "softbreak" ? " " : c.content))
    .join("");
}

// markdown-it aligns a cell with style="text-align:right"; the page's CSP (style-src 'self') would ignore that.
function alignByClass(token: Token): void {
  const align = /^text-align:(left|center|right)$/.exec(token.attrGet("style") ?? "")?.[1];
  token.attrs = (token.attrs ?? []).filter(([name]) => name !== "style");
  if (align) token.attrJoin("class", `align-${align}`);
}
