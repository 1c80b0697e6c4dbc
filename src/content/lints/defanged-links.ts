import type Token from "markdown-it/lib/token.mjs";
import type { CveMeta } from "../cve-link-rule.ts";
import { findDefanged, isDefanged } from "../defanged.ts";
import { inlineChildren, type BodyFinding } from "./lint.ts";

const SHOWN = new Set(["text", "text_special", "code_inline"]);
const BREAKS = new Set(["softbreak", "hardbreak"]);

/**
 * Markdown links and autolinks whose text shows a defanged indicator (`[hxxp://evil[.]com](https://evil.com)`): the
 * text tells readers the address is not to be followed while the link takes them there. Raw <a> is checked where
 * it is sanitized (src/content/raw-html-drops.ts).
 */
export function lintDefangedLinks(tokens: readonly Token[]): BodyFinding[] {
  const findings: BodyFinding[] = [];
  for (const { token, line, siblings, index } of inlineChildren(tokens)) {
    if (token.type !== "link_open" || (token.meta as CveMeta | null)?.cve !== undefined) continue;
    const close = siblings.findIndex((t, i) => i > index && t.type === "link_close");
    const inside = siblings.slice(index + 1, close === -1 ? undefined : close);
    const text = inside.map((t) => (SHOWN.has(t.type) ? t.content : BREAKS.has(t.type) ? " " : "")).join("");
    const indicator = findDefanged(text)[0];
    if (!indicator) continue;
    const breaks = siblings.slice(0, index).filter((t) => BREAKS.has(t.type)).length;
    findings.push({
      bodyLine: line + breaks,
      message: isDefanged(text)
        ? `the link's text ${indicator.text} is a defanged indicator, but the link is live`
        : `the link's text shows the defanged indicator ${indicator.text}, but the link is live`,
      suggestion:
        "remove the link and keep the defanged text, or write the address without defanging if readers should follow it",
    });
  }
  return findings;
}
