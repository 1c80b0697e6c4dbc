import type Token from "markdown-it/lib/token.mjs";
import { isSafePageLink, schemeOf } from "../../model/safe-url.ts";
import type { BodyFinding } from "./lint.ts";

// A Markdown link or image target, or an autolink, that markdown-it left as text: [text](x:…), ![alt](x:…), <x:…>.
const TARGET = /\]\(\s*<?([^\s)>]+)|<([a-z][a-z0-9+.-]*:[^\s>]*)>/gi;

/** Links and images whose scheme a page may not carry (javascript:, data:, ftp:…): they are shown as text. */
export function lintRefusedLinks(tokens: readonly Token[]): BodyFinding[] {
  const findings: BodyFinding[] = [];
  for (const token of tokens) {
    if (token.type !== "inline") continue;
    const text = token.content.replace(/(`+)[\s\S]*?\1/g, " ");
    for (const match of text.matchAll(TARGET)) {
      const target = match[1] ?? match[2] ?? "";
      if (isSafePageLink(target)) continue;
      findings.push({
        bodyLine: token.map?.[0] ?? 0,
        message: `the link to a ${schemeOf(target) ?? "unsafe"}: URL is shown as text, not as a link`,
        suggestion: "link to an http(s), mailto or tel address, or to a page of the site",
      });
    }
  }
  return findings;
}
