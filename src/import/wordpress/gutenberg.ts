// The block editor stores its structure in HTML comments (<!-- wp:paragraph -->) around plain HTML. The comments
// go; an embed block keeps only its URL on a line of its own, which is how a classic post embeds, so both
// become the same frame (wordpress/shortcodes.ts).

const COMMENT = /<!--\s*\/?wp:[\s\S]*?-->/g;
const EMBED =
  /<figure\b[^>]*\bwp-block-embed\b[^>]*>\s*<div\b[^>]*\bwp-block-embed__wrapper\b[^>]*>\s*(\S+?)\s*<\/div>\s*(?:<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>\s*)?<\/figure>/gi;

/** Block-editor content as classic content: block comments dropped, embed blocks as their URL alone on a line. */
export function unblock(content: string): string {
  return content
    .replace(COMMENT, "")
    .replace(
      EMBED,
      (_, url: string, caption?: string) => `\n${url}\n${caption?.trim() ? `\n<p>${caption.trim()}</p>\n` : ""}`,
    );
}
