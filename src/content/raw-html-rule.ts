import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { IN_LINK, INLINE, sanitizeRawHtml, type SanitizedHtml } from "./raw-html.ts";
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
    const { pieces, filled, texts } = rawPieces(state.tokens);
    if (pieces.length === 0) return;
    let stream = mark(0);
    const starts: { start: number; line: number }[] = [];
    pieces.forEach((piece, k) => {
      piece.token.meta = { ...(piece.token.meta as object | null), raw: k };
      starts.push({ start: stream.length, line: piece.line });
      stream += placedTag(closedRawText(piece.token), piece.within) + mark(k + 1);
    });
    const lineAt = (offset: number) => {
      const at = [...starts].reverse().find((s) => s.start <= offset) ?? starts[0]!;
      return at.line + (stream.slice(at.start, offset).match(/\n/g)?.length ?? 0);
    };
    const env = state.env as { pathPrefix?: string };
    const options = {
      embeds,
      pathPrefix: env.pathPrefix ?? "/",
      normalizeLink: (url: string) => md.normalizeLink(url),
      stretchHasText: (k: number) => filled[k] ?? true,
      stretchText: (k: number) => texts[k] ?? "",
    };
    const sanitized = sanitizeRawHtml(stream, options, lineAt);
    results.set(state.tokens, {
      ...sanitized,
      dropped: [...sanitized.dropped, ...lostText(sanitized.html, pieces, filled)],
    });
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

// Elements whose inside the HTML parser reads as text up to their end tag: opened inline, they would swallow the
// Markdown after them, so an inline one is closed where it opens (its text is Markdown's, shown or not).
const RAW_TEXT = /^<(script|style|textarea|title|xmp|noscript|iframe|noembed|noframes|plaintext)\b[^>]*>$/i;

function closedRawText(token: Token): string {
  const name = token.type === "html_inline" ? RAW_TEXT.exec(token.content)?.[1] : undefined;
  return name ? `${token.content}</${name}>` : token.content;
}

// An inline opening tag says where Markdown put it, which the sanitizer cannot see: in a paragraph or heading (where
// only phrasing content may stand), or inside a link's text.
function placedTag(content: string, within: RawPiece["within"]): string {
  const attribute = within === "link" ? IN_LINK : within === "phrasing" ? INLINE : undefined;
  return attribute ? content.replace(/^<([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])/, `<$1 ${attribute}=""`) : content;
}

interface RawPiece {
  readonly token: Token;
  readonly line: number;
  /** For an inline piece: inside a Markdown link's text, or in a paragraph or heading. */
  readonly within?: "link" | "phrasing";
}

/** The raw HTML tokens in source order (blocks and inline) at their body lines, and each stretch's text. */
function rawPieces(tokens: readonly Token[]): { pieces: RawPiece[]; filled: boolean[]; texts: string[] } {
  const pieces: RawPiece[] = [];
  // filled[k]: the stretch of Markdown before piece k (after the last, for k = pieces.length) holds something;
  // texts[k]: the inline text it shows (what a raw link around it reads as).
  const filled: boolean[] = [];
  const texts: string[] = [];
  let text = false;
  let shown = "";
  const raw = (token: Token, line: number, within?: RawPiece["within"]) => {
    pieces.push({ token, line, ...(within ? { within } : {}) });
    filled.push(text);
    texts.push(shown);
    text = false;
    shown = "";
  };
  let line = 0;
  tokens.forEach((block, b) => {
    line = block.map?.[0] ?? line;
    if (block.type === "html_block") raw(block, line);
    else if (block.type !== "inline") text ||= block.content.trim() !== "";
    const phrasing = ["paragraph_open", "heading_open"].includes(tokens[b - 1]?.type ?? "");
    let breaks = 0;
    let links = 0;
    for (const child of block.type === "inline" ? (block.children ?? []) : []) {
      if (child.type === "softbreak" || child.type === "hardbreak") breaks++;
      links += child.type === "link_open" ? 1 : child.type === "link_close" ? -1 : 0;
      if (child.type === "html_inline")
        raw(child, line + breaks, links > 0 ? "link" : phrasing ? "phrasing" : undefined);
      else {
        text ||= child.content.trim() !== "";
        shown += child.type === "softbreak" || child.type === "hardbreak" ? " " : child.content;
      }
    }
  });
  filled.push(text);
  texts.push(shown);
  return { pieces, filled, texts };
}

// Markdown the sanitizer dropped with an element around it (a <script> or <style> left open): named at its line.
function lostText(html: string, pieces: readonly RawPiece[], filled: readonly boolean[]): RawHtmlDrop[] {
  const kept = new Set([...html.matchAll(new RegExp(MARKS, "g"))].map((m) => Number(m[1])));
  return filled.flatMap((full, k) =>
    full && k > 0 && !kept.has(k)
      ? [
          {
            line: pieces[k - 1]!.line,
            message: `Markdown after this raw HTML was dropped with the element around it (dropped with its content, or left open)`,
            suggestion: "close the raw HTML element before the text, or delete it, so the text is shown",
          },
        ]
      : [],
  );
}

// The sanitized stream with each mark replaced by its stretch of rendered Markdown; a mark inside a tag is removed.
function interleave(rendered: string, sanitized: string): string {
  // [M0, k, M, k', M', …]: the stretch after raw piece k is stretch k + 1 (by index, should a piece not render).
  const parts = rendered.split(new RegExp(MARKS.source));
  const stretches = new Map<number, string>([[0, parts[0] ?? ""]]);
  for (let i = 1; i < parts.length; i += 2) stretches.set(Number(parts[i]) + 1, parts[i + 1] ?? "");
  return sanitized.replace(new RegExp(`<[^>]*>|${MARKS.source}`, "g"), (match, k: string | undefined) =>
    k === undefined ? match.replace(new RegExp(MARKS, "g"), "") : (stretches.get(Number(k)) ?? ""),
  );
}
