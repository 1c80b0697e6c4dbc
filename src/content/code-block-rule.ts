import type MarkdownIt from "markdown-it";
import type { RenderRule } from "markdown-it/lib/renderer.mjs";
import { highlightCode } from "../render/highlight-code.ts";

/**
 * Fenced and indented code: a focusable block (it scrolls inside itself, so keyboard readers must reach it),
 * highlighted at build time when the info string's first word names a known language, plain text otherwise.
 */
export function codeBlockRule(md: MarkdownIt): void {
  const render: RenderRule = (tokens, idx) => {
    const token = tokens[idx]!;
    const info = token.type === "fence" ? md.utils.unescapeAll(token.info) : "";
    const code = highlightCode(token.content, info, md.utils.escapeHtml);
    const cls = code.language ? ` class="hljs language-${code.language}"` : "";
    return `<pre class="code" tabindex="0"><code${cls}>${code.html}</code></pre>\n`;
  };
  md.renderer.rules.fence = render;
  md.renderer.rules.code_block = render;
}
