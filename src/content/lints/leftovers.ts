import type Token from "markdown-it/lib/token.mjs";
import type { BodyFinding } from "./lint.ts";

// [name attr="x" /], [name /], [/name], or a known WordPress shortcode name: never a Markdown link or footnote.
const SHORTCODE =
  /\[(?:\/[A-Za-z][\w-]*|[A-Za-z][\w-]*(?:\s+[^\]\n]*?)?\s*\/|[A-Za-z][\w-]*\s+[\w-]+\s*=[^\]\n]*|(?:caption|embed|gallery|video|audio|playlist|contact-form|s2Member[\w-]*)(?:\s[^\]\n]*)?)\]/;
const TEMPLATE = /\{\{|\{%|\{#|%\}|\}\}/;
const RAW_HTML = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/;

/** Leftovers a CMS or template left in the text: WordPress shortcodes, Liquid/Nunjucks syntax, raw HTML. */
export function lintLeftovers(tokens: readonly Token[]): BodyFinding[] {
  const findings: BodyFinding[] = [];
  for (const { text, line } of inlineSources(tokens)) {
    const shortcode = SHORTCODE.exec(text);
    if (shortcode) {
      findings.push({
        bodyLine: line,
        message: `leftover shortcode ${shortcode[0]} is printed as text`,
        suggestion: "delete it, or write what it stood for in Markdown",
      });
    }
    if (TEMPLATE.test(text)) {
      findings.push({
        bodyLine: line,
        message: "template syntax ({{ }} or {% %}) is printed as text: bodies are never run as templates",
        suggestion: "remove it, or put it in `backticks` if it is meant to be shown",
      });
    }
    const tag = RAW_HTML.exec(text);
    if (tag) {
      findings.push({
        bodyLine: line,
        message: `raw HTML ${tag[0]} is shown as text, not as markup`,
        suggestion: "use Markdown instead (e.g. **bold**, [link](url), ![alt](image))",
      });
    }
  }
  return findings;
}

// Each inline block's source with code spans blanked out (shown code is meant literally) and so is raw HTML that
// markdown-it read as markup (html: allowlist: it is sanitized, not shown), and its first line.
function inlineSources(tokens: readonly Token[]): { text: string; line: number }[] {
  return tokens
    .filter((t) => t.type === "inline")
    .map((t) => ({
      text: (t.children ?? [])
        .filter((c) => c.type === "html_inline")
        .reduce((text, c) => text.replace(c.content, " "), t.content)
        .replace(/(`+)[\s\S]*?\1/g, " "),
      line: t.map?.[0] ?? 0,
    }));
}
