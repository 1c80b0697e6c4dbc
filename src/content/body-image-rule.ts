import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { contentImagePath, decodeImageSrc, isContentImage } from "./image-path.ts";

/** The attribute that marks an <img> of the content folder for the build to swap for its resized <picture>. */
export const IMAGE_MARK = "data-newsdesk-image";

/**
 * Body images. One from the content folder is rendered as a marked <img>: its path is read from the content
 * folder, as `image:` is, and the build swaps the tag for the resized <picture> (src/site/place-body-images.ts), since
 * the resized files are known only after loading (and change with the picture, not with the article). An image
 * alone in its paragraph with a title (`![alt](x.png "Caption")`), or followed by a paragraph that is only emphasis
 * (`*Figure 2: the login page*`), becomes a <figure> with that caption.
 */
export function bodyImageRule(md: MarkdownIt): void {
  md.core.ruler.push("newsdesk_figures", (state) => {
    const tokens = state.tokens;
    tokens.forEach((token, i) => {
      const only = token.type === "inline" && token.children?.length === 1 ? token.children[0]! : undefined;
      const [open, close] = [tokens[i - 1], tokens[i + 1]];
      if (!only || only.type !== "image" || open?.type !== "paragraph_open" || open.hidden) return;
      // `*Figure 2: the login page*` as the next paragraph, alone: the caption, when the image has no title.
      const caption = only.attrGet("title") ? undefined : emphasisCaption(tokens, i + 2);
      if (!only.attrGet("title") && !caption) return;
      // The paragraph is left out (a figure may not sit inside a <p>); the image renders the figure instead.
      open.hidden = true;
      if (close) close.hidden = true;
      only.meta = { ...(only.meta as object | null), figure: true, ...(caption ? { caption: caption.inner } : {}) };
      if (caption) for (const t of caption.tokens) t.hidden = true;
      // The caption is rendered inside the figure (with its links and code), not again as its paragraph.
      if (caption) caption.inline.children = [];
    });
  });
  md.renderer.rules.image = (tokens, idx, options, env: { pathPrefix?: string }, self) => {
    const token = tokens[idx]!;
    const escape = md.utils.escapeHtml;
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    const title = token.attrGet("title") ?? "";
    const figure = (token.meta as { figure?: boolean } | null)?.figure === true;
    const titled = title && !figure ? ` title="${escape(title)}"` : "";
    const src = escape(shownSrc(token, env.pathPrefix ?? "/"));
    const img = `<img src="${src}" alt="${escape(alt)}"${titled}${mark(token)}>`;
    const caption = (token.meta as { caption?: Token[] } | null)?.caption;
    const shown = caption === undefined ? escape(title) : self.renderInline(caption, options, env);
    return figure ? `<figure>${img}<figcaption>${shown}</figcaption></figure>` : img;
  };
}

// A paragraph at `at` that is only emphasis (*…* or _…_): its paragraph tokens, inline token and the emphasis' inside.
function emphasisCaption(tokens: Token[], at: number): { tokens: Token[]; inline: Token; inner: Token[] } | undefined {
  const [open, inline, close] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  const children = inline?.children ?? [];
  if (open?.type !== "paragraph_open" || inline?.type !== "inline" || close?.type !== "paragraph_close") return;
  if (children.length < 3 || children[0]!.type !== "em_open" || children.at(-1)!.type !== "em_close") return;
  // The first emphasis must close only at the end (not `*a* and *b*`).
  let depth = 0;
  for (const [i, child] of children.entries()) {
    depth += child.type === "em_open" ? 1 : child.type === "em_close" ? -1 : 0;
    if (depth === 0 && i < children.length - 1) return;
  }
  return { tokens: [open, close], inline, inner: children.slice(1, -1) };
}
// A URL as written (markdown-it checked and encoded it); a content path from the site's root, under its prefix.
function shownSrc(token: Token, prefix: string): string {
  const src = token.attrGet("src") ?? "";
  return isContentImage(src) ? `${prefix.replace(/\/?$/, "/")}${contentImagePath(src)}` : src;
}

// The content path (encoded, so the attribute needs no escaping) for the build to find the resized image by.
function mark(token: Token): string {
  const src = token.attrGet("src") ?? "";
  return isContentImage(src) ? ` ${IMAGE_MARK}="${encodeURIComponent(contentImagePath(decodeImageSrc(src)))}"` : "";
}
