import type Token from "markdown-it/lib/token.mjs";

/** How long a derived dek may be, in characters, ellipsis included: what search results and link previews show. */
export const DEK_LENGTH = 160;

/**
 * The description of an article without a summary: the text of its first paragraph that has any (no markup,
 * entities decoded, images and raw HTML left out), cut at a word boundary to at most `max` characters with an
 * ellipsis. Undefined when the body has no paragraph of text.
 */
export function derivedDek(tokens: readonly Token[], max = DEK_LENGTH): string | undefined {
  const text = firstParagraphText(tokens);
  return text === undefined ? undefined : cutAtWord(text, max);
}

/** The plain text of the first top-level paragraph that has any, whitespace collapsed. */
export function firstParagraphText(tokens: readonly Token[]): string | undefined {
  for (let i = 0; i < tokens.length - 1; i++) {
    const open = tokens[i]!;
    // Top level only: a paragraph inside a list, quote or table is not the story's opening.
    if (open.type !== "paragraph_open" || open.level !== 0) continue;
    const text = plainText(tokens[i + 1]!);
    if (text !== "") return text;
  }
  return undefined;
}

/** `text` if it fits in `max` characters, else cut at the last space that keeps at least half of it, plus "…". */
export function cutAtWord(text: string, max = DEK_LENGTH): string {
  // Code points, so an emoji or an astral letter is never split in two.
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const room = chars.slice(0, max - 1);
  const space = room.lastIndexOf(" ");
  // A first word longer than half the room (a hash, a URL) is cut where the room ends.
  const kept = space >= max / 2 ? room.slice(0, space) : room;
  return `${kept.join("").replace(/[\s,;:.–—-]+$/u, "")}…`;
}

const BREAKS = new Set(["softbreak", "hardbreak"]);

// What a reader sees of an inline token: text and inline code; breaks are spaces; images and raw HTML are left out.
function plainText(inline: Token): string {
  const parts = (inline.children ?? []).map((child) =>
    child.type === "text" || child.type === "code_inline" ? child.content : BREAKS.has(child.type) ? " " : "",
  );
  return parts.join("").replace(/\s+/gu, " ").trim();
}
