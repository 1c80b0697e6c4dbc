import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { sanitizeRawHtml, type SanitizedHtml } from "./raw-html.ts";
import type { RawHtmlDrop } from "./raw-html-drops.ts";

/** What the raw HTML of one parsed body became: its sanitized stream, with a mark where each stretch of Markdown goes. */
export type RawHtmlResult = SanitizedHtml;

// Per parsed body (the token list the lints read and the build renders): parsed once, read by both.
const results = new WeakMap<readonly Token[], RawHtmlResult>();

/** The raw HTML found when `tokens` were parsed: what was dropped, images and links kept; none without raw HTML. */
export function rawHtmlOf(tokens: readonly Token[]): RawHtmlResult | undefined {
  return results.get(tokens);
}

// NUL never reaches markdown-it's tokens (it reads it as U+FFFD), so it cannot be forged by content.
const mark = (k: number) => `\u0000${k}\u0000`;
// eslint-disable-next-line no-control-regex -- NUL is the mark, chosen because content cannot hold it
const MARKS = /\u0000(\d+)\u0000/;

/**
 * Raw HTML in Markdown (markdown-it html: true) through one sanitizer (src/content/raw-html.ts) as one stream, so
 * an element opened in one block and closed in another (<details> around Markdown) stays whole. The stream holds a
 * mark for each stretch of Markdown between raw pieces; rendering puts the rendered Markdown back at its mark, only
 * ever between tags, never inside one.
 */
export function rawHtmlRule(md: MarkdownIt, embeds: readonly string[]): void {
  md.core.ruler.push("newsdesk_raw_html", (state) => {
    const { pieces, filled } = rawPieces(state.tokens);
    if (pieces.length === 0) return;
    let stream = mark(0);
    const starts: { start: number; line: number }[] = [];
    pieces.forEach((piece, k) => {
      piece.token.meta = { ...(piece.token.meta as object | null), raw: k };
      starts.push({ start: stream.length, line: piece.line });
      stream += piece.token.content + mark(k + 1);
    });
    const lineAt = (offset: number) => {
      const at = [...starts].reverse().find((s) => s.start <= offset) ?? starts[0]!;
      return at.line + (stream.slice(at.start, offset).match(/\n/g)?.length ?? 0);
    };
    const env = state.env as { pathPrefix?: string };
    const options = { embeds, pathPrefix: env.pathPrefix ?? "/", normalizeLink: (url: string) => md.normalizeLink(url) };
    const sanitized = sanitizeRawHtml(stream, options, lineAt);
    results.set(state.tokens, { ...sanitized, dropped: [...sanitized.dropped, ...lostText(sanitized.html, pieces, filled)] });
  });
  const placeholder = (tokens: Token[], idx: number) => {
    const k = (tokens[idx]!.meta as { raw?: number } | null)?.raw;
    return k === undefined ? md.utils.escapeHtml(tokens[idx]!.content) : mark(k);
  };
  md.renderer.rules.html_block = placeholder;
  md.renderer.rules.html_inline = placeholder;
  const render = md.renderer.render.bind(md.renderer);
  md.renderer.render = (tokens, options, env) => {
    const rendered = render(tokens, options, env);
    const result = results.get(tokens);
    return result ? interleave(rendered, result.html) : rendered;
  };
}

interface RawPiece {
  readonly token: Token;
  readonly line: number;
}

/** The raw HTML tokens in source order (blocks and inline) at their body lines, and which stretches have text. */
function rawPieces(tokens: readonly Token[]): { pieces: RawPiece[]; filled: boolean[] } {
  const pieces: RawPiece[] = [];
  // filled[k]: the stretch of Markdown before piece k (after the last, for k = pieces.length) holds something.
  const filled: boolean[] = [];
  let text = false;
  const raw = (token: Token, line: number) => {
    pieces.push({ token, line });
    filled.push(text);
    text = false;
  };
  let line = 0;
  for (const block of tokens) {
    line = block.map?.[0] ?? line;
    if (block.type === "html_block") raw(block, line);
    else if (block.type !== "inline") text ||= block.content.trim() !== "";
    let breaks = 0;
    for (const child of block.type === "inline" ? (block.children ?? []) : []) {
      if (child.type === "softbreak" || child.type === "hardbreak") breaks++;
      if (child.type === "html_inline") raw(child, line + breaks);
      else text ||= child.content.trim() !== "";
    }
  }
  filled.push(text);
  return { pieces, filled };
}

// Markdown the sanitizer dropped with an element around it (a <script> or <style> left open): named at its line.
function lostText(html: string, pieces: readonly RawPiece[], filled: readonly boolean[]): RawHtmlDrop[] {
  const kept = new Set([...html.matchAll(new RegExp(MARKS, "g"))].map((m) => Number(m[1])));
  return filled.flatMap((full, k) =>
    full && k > 0 && !kept.has(k)
      ? [
          {
            line: pieces[k - 1]!.line,
            message: `Markdown after this raw HTML was dropped with the element left open around it`,
            suggestion: "close the raw HTML element (or delete it), so the text after it is shown",
          },
        ]
      : [],
  );
}

// The sanitized stream with each mark replaced by its stretch of rendered Markdown; a mark inside a tag is removed.
function interleave(rendered: string, sanitized: string): string {
  const stretches = rendered.split(new RegExp(MARKS.source)).filter((_, i) => i % 2 === 0);
  return sanitized.replace(new RegExp(`<[^>]*>|${MARKS.source}`, "g"), (match, k: string | undefined) =>
    k === undefined ? match.replace(new RegExp(MARKS, "g"), "") : (stretches[Number(k)] ?? ""),
  );
}
