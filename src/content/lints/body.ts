import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import type { Entity, TaxonomyKind } from "../../model/entity.ts";
import { TAXONOMY_LABELS } from "../../model/entity.ts";
import type { Diagnostic } from "../../model/diagnostic.ts";
import type { ArticleLink } from "../../model/article.ts";
import { lintDefangedLinks } from "./defanged-links.ts";
import { lintLeftovers } from "./leftovers.ts";
import type { MentionFinder } from "./mentions.ts";
import { lintRefusedLinks } from "./refused-links.ts";
import { lintStructure } from "./structure.ts";
import { rawHtmlOf } from "../raw-html-rule.ts";
import { mentionedCves } from "../cve-link-rule.ts";

/** What the body lints of one article found. */
export interface BodyLintResult {
  readonly tokens: Token[];
  readonly diagnostics: Diagnostic[];
  readonly links: ArticleLink[];
  /** Canonical CVE IDs the body's text names (linked, or in a link's text; not in code), once each, in order. */
  readonly cves: string[];
}

/**
 * Parses an article's body once, its CVE IDs linked, and runs every body lint over the tokens (the same tokens are
 * rendered afterwards): leftovers, structure, live links shown as defanged indicators, and registry entities the
 * text names that the front-matter does not list; collects internal links and the CVE IDs the text names. A link
 * post (`linkPost`) may have no body.
 */
export function lintBody(
  md: MarkdownIt,
  body: string,
  file: string,
  bodyLine: number,
  listed: Readonly<Record<TaxonomyKind, readonly Entity[]>>,
  mentions: MentionFinder,
  env: object,
  timing?: { checking: number },
  linkPost = false,
): BodyLintResult {
  // An article's CVE IDs link to their pages (cve-link-rule.ts); static pages are parsed without linkCves (load.ts).
  const tokens = md.parse(body, { ...env, linkCves: true });
  const started = performance.now();
  const diagnostics: Diagnostic[] = [];
  const warn = (line: number, message: string, suggestion: string, field = "body") =>
    diagnostics.push({ file, line: bodyLine + line, column: 1, field, severity: "warning", message, suggestion });
  // A link post's story is elsewhere: a line of comment, or none, is all it needs.
  if (body.trim() === "" && !linkPost) warn(0, "the article has no body", "write the story below the front-matter");
  for (const f of [...lintLeftovers(tokens), ...lintRefusedLinks(tokens), ...lintDefangedLinks(tokens)])
    warn(f.bodyLine, f.message, f.suggestion);
  const structure = lintStructure(tokens, bodyLine);
  for (const f of structure.findings) warn(f.bodyLine, f.message, f.suggestion);
  // Raw HTML was sanitized when the body was parsed: what it dropped is named at its line, its links are checked.
  const raw = rawHtmlOf(tokens);
  for (const d of raw?.dropped ?? []) warn(d.line, d.message, d.suggestion);
  for (const [entity, { line, as }] of mentions.find(body)) {
    if (!listed[entity.kind].some((e) => e.slug === entity.slug)) {
      const field = entity.kind;
      const named = as === entity.name ? entity.name : `${as} (${entity.name})`;
      warn(
        line,
        `mentions ${named} but ${field} does not list it`,
        `add ${entity.name} to ${field}: if the story is about it (${TAXONOMY_LABELS[entity.kind].plural.toLowerCase()} are linked to their pages)`,
        field,
      );
    }
  }
  if (timing) timing.checking += performance.now() - started;
  const links = [...structure.links.map((l) => ({ href: l.href, line: bodyLine + l.bodyLine }))];
  links.push(...(raw?.links ?? []).map((l) => ({ href: l.href, line: bodyLine + l.line })));
  return { tokens, diagnostics, links, cves: mentionedCves(tokens) };
}
