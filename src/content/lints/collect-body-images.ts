import type Token from "markdown-it/lib/token.mjs";
import type { BodyImage } from "../../model/article.ts";
import { decodeImageSrc, isContentImage } from "../image-path.ts";
import { rawHtmlOf } from "../raw-html-rule.ts";

/**
 * The body's images from the content folder, in order, each at the line it is written on: the line of its block
 * plus the line breaks before it inside the block (a paragraph spans several lines). `bodyLine` is the file line
 * of body line 0. Images given as URLs are left out; so are those markdown-it refused (they are text). Raw HTML
 * <img> of the content folder count as well, in line order with Markdown's.
 */
export function collectBodyImages(tokens: readonly Token[], bodyLine: number): BodyImage[] {
  const images: BodyImage[] = [];
  // A table cell's inline token has no line of its own; its row (tr_open) has.
  let blockLine = 0;
  for (const block of tokens) {
    blockLine = block.map?.[0] ?? blockLine;
    if (block.type !== "inline" || !block.children) continue;
    let breaks = 0;
    for (const token of block.children) {
      if (token.type === "softbreak" || token.type === "hardbreak") breaks++;
      if (token.type !== "image") continue;
      const src = token.attrGet("src") ?? "";
      if (isContentImage(src)) images.push({ src: decodeImageSrc(src), line: bodyLine + blockLine + breaks });
    }
  }
  const raw = (rawHtmlOf(tokens)?.images ?? []).map((image) => ({ src: image.src, line: bodyLine + image.line }));
  return raw.length === 0 ? images : [...images, ...raw].sort((a, b) => a.line - b.line);
}
