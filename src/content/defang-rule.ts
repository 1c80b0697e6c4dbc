import type MarkdownIt from "markdown-it";
import type StateCore from "markdown-it/lib/rules_core/state_core.mjs";
import type Token from "markdown-it/lib/token.mjs";
import { findDefanged, mayHoldDefanged, type DefangedSpan } from "./defanged.ts";
import { inlineScopes } from "./inline-scope.ts";

// A stretch of an inline token's text: a text token (or an escaped character), or an address markdown-it linkified
// while parsing (`https://evil` of https://evil[.]com/), which the indicator around it takes back as text.
interface Piece {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly linkified: boolean;
}

/**
 * Defanged indicators (src/content/defanged.ts) in body text become inline code: shown as written, in <code>, never
 * a link. Runs before markdown-it's linkify, which would link the live part of one (evil.example.com in
 * http[:]//evil.example.com); leaves text inside links, raw <a> and raw code alone.
 */
export function defangRule(md: MarkdownIt): void {
  md.core.ruler.before("linkify", "newsdesk_defanged", (state) => {
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children || !mayHoldDefanged(block.content)) continue;
      block.children = defangChildren(block.children, state);
    }
  });
}

// The children again, each run of text that holds an indicator cut around it.
function defangChildren(children: Token[], state: StateCore): Token[] {
  const scopes = inlineScopes(children);
  const out: Token[] = [];
  let run: Piece[] = [];
  const flush = () => {
    out.push(...defangRun(run, state));
    run = [];
  };
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const free = !scopes[i]!.link && !scopes[i]!.code;
    if (free && (child.type === "text" || child.type === "text_special")) {
      run.push({ tokens: [child], text: child.content, linkified: false });
    } else if (free && isLinkified(children, i)) {
      run.push({ tokens: children.slice(i, i + 3), text: children[i + 1]!.content, linkified: true });
      i += 2;
    } else {
      flush();
      out.push(child);
    }
  }
  flush();
  return out;
}

// One run of text: unchanged without an indicator; otherwise text, a code span per indicator, text.
function defangRun(run: readonly Piece[], state: StateCore): Token[] {
  const spans = findDefanged(run.map((p) => p.text).join(""));
  if (spans.length === 0) return run.flatMap((p) => p.tokens);
  const out: Token[] = [];
  let start = 0;
  for (const piece of run) {
    const end = start + piece.text.length;
    const touching = spans.filter((s) => s.start < end && s.end > start);
    if (touching.length === 0) out.push(...piece.tokens);
    else out.push(...cutPiece(piece, start, touching, state));
    start = end;
  }
  return out;
}

// The piece's text outside the indicators it touches, and a code span where each indicator ends inside it.
function cutPiece(piece: Piece, start: number, spans: readonly DefangedSpan[], state: StateCore): Token[] {
  const source = piece.tokens[0]!;
  const end = start + piece.text.length;
  const out: Token[] = [];
  const plain = (from: number, to: number) => {
    if (from >= to) return;
    // An escaped character stays one (typographer leaves it alone); a linkified address is plain text again.
    const token = new state.Token(piece.linkified ? "text" : source.type, "", 0);
    token.content = piece.text.slice(from - start, to - start);
    token.level = source.level;
    if (!piece.linkified) [token.markup, token.info] = [source.markup, source.info];
    out.push(token);
  };
  let at = start;
  for (const span of spans) {
    plain(at, span.start);
    if (span.end <= end) {
      const code = new state.Token("code_inline", "code", 0);
      code.content = span.text;
      code.level = source.level;
      code.meta = { defanged: true };
      out.push(code);
    }
    at = Math.max(at, Math.min(span.end, end));
  }
  plain(at, end);
  return out;
}

// An address markdown-it's inline linkify made while parsing: link_open, its text, link_close.
function isLinkified(children: readonly Token[], i: number): boolean {
  return (
    children[i]!.type === "link_open" && children[i]!.markup === "linkify" && children[i + 2]?.type === "link_close"
  );
}
