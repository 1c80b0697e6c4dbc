import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { contentImagePath, decodeImageSrc, isContentImage } from "./image-path.ts";

/** The attribute that marks an <img> of the content folder for the build to swap for its resized <picture>. */
export const IMAGE_MARK = "data-newsdesk-image";

/**
 * Body images. One from the content folder is rendered as a marked <img>: its path is read from the content
 * folder, as `image:` is, and the build swaps the tag for the resized <picture> (src/site/place-body-images.ts), since
 * the resized files are known only after loading (and change with the picture, not with the article). An image
 * alone in its paragraph with a title (`![alt](x.png "Caption")`) becomes a <figure> with that caption.
 */
export function bodyImageRule(md: MarkdownIt): void {
  md.core.ruler.push("newsdesk_figures", (state) => {
    state.tokens.forEach((token, i) => {
      const only = token.type === "inline" && token.children?.length === 1 ? token.children[0]! : undefined;
      const [open, close] = [state.tokens[i - 1], state.tokens[i + 1]];
      if (!only || only.type !== "image" || !only.attrGet("title") || open?.type !== "paragraph_open") return;
      // The paragraph is left out (a figure may not sit inside a <p>); the image renders the figure instead.
      open.hidden = true;
      if (close) close.hidden = true;
      only.meta = { ...(only.meta as object | null), figure: true };
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
    return figure ? `<figure>${img}<figcaption>${escape(title)}</figcaption></figure>` : img;
  };
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
