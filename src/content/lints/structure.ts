import type Token from "markdown-it/lib/token.mjs";
import { inlineChildren, type BodyFinding } from "./lint.ts";

/** Internal links of a body (root-relative hrefs without fragment or query) with their body lines. */
export interface BodyLink {
  readonly href: string;
  readonly bodyLine: number;
}

/** Empty links, images without alt text, skipped heading levels and paragraphs pasted twice; collects internal links. `firstLine` is the file line of body line 0. */
export function lintStructure(tokens: readonly Token[], firstLine = 1): { findings: BodyFinding[]; links: BodyLink[] } {
  const findings: BodyFinding[] = [];
  const links: BodyLink[] = [];
  for (const { token, line, siblings, index } of inlineChildren(tokens)) {
    if (token.type === "link_open") {
      const href = token.attrGet("href") ?? "";
      const text = siblings
        .slice(
          index + 1,
          siblings.findIndex((t, i) => i > index && t.type === "link_close"),
        )
        .map((t) => t.content)
        .join("")
        .trim();
      if (href === "" || text === "") {
        findings.push({
          bodyLine: line,
          message: href === "" ? "a link has no address" : `a link to ${href} has no text`,
          suggestion: "write links as [text](address)",
        });
      }
      if (href.startsWith("/") && !href.startsWith("//")) links.push({ href: href.split(/[#?]/)[0]!, bodyLine: line });
    }
    if (token.type === "image" && token.content.trim() === "") {
      findings.push({
        bodyLine: line,
        message: `the image ${token.attrGet("src") ?? ""} has no alt text`,
        suggestion: "describe it inside the brackets: ![what the picture shows](image.jpg)",
      });
    }
  }
  let previousLevel = 1;
  const seen = new Map<string, number>();
  let repeats = 0;
  tokens.forEach((token, i) => {
    const line = token.map?.[0] ?? 0;
    if (token.type === "heading_open") {
      const level = Number(token.tag.slice(1));
      if (level === 1) {
        findings.push({
          bodyLine: line,
          message: "a level-1 heading in the body: the title is the page's only h1",
          suggestion: "use ## for the first level of subheadings",
        });
      } else if (level > previousLevel + 1) {
        findings.push({
          bodyLine: line,
          message: `heading level ${level} follows level ${previousLevel}`,
          suggestion: `use ${"#".repeat(previousLevel + 1)} here, so no level is skipped`,
        });
      }
      previousLevel = level;
    }
    if (token.type === "paragraph_open") {
      const text = (tokens[i + 1]?.content ?? "").replace(/\s+/g, " ").trim();
      if (text.length < 40) return;
      const first = seen.get(text);
      if (first === undefined) seen.set(text, line);
      else if (++repeats <= MAX_REPEATS_SHOWN)
        findings.push({
          bodyLine: line,
          message: `this paragraph repeats the one on line ${first + firstLine}`,
          suggestion: "delete the copy",
        });
    }
  });
  if (repeats > MAX_REPEATS_SHOWN) {
    findings.push({
      bodyLine: 0,
      message: `${repeats - MAX_REPEATS_SHOWN} more paragraphs repeat earlier ones`,
      suggestion: "look for text pasted more than once",
    });
  }
  return { findings, links };
}

// Past this many, repeated paragraphs are counted rather than listed one by one.
const MAX_REPEATS_SHOWN = 3;
