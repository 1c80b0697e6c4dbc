import MarkdownIt from "markdown-it";
import anchor from "markdown-it-anchor";
import { isSafePageLink } from "../model/safe-url.ts";
import { bodyImageRule } from "./body-image-rule.ts";
import { codeBlockRule } from "./code-block-rule.ts";
import { cveLinkRule } from "./cve-link-rule.ts";
import { defangRule } from "./defang-rule.ts";
import { tableRule } from "./table-rule.ts";
import { rawHtmlRule } from "./raw-html-rule.ts";
import type { SiteConfig } from "../model/site-config.ts";
import { SITE_DEFAULTS } from "../model/site-config.ts";
import { slugify } from "../model/slug.ts";

/** Render-time context: where root-relative links must point, and whether CVE IDs link to their pages. */
export interface MarkdownEnv {
  /** Path prefix ("/" or "/news/") put before links that start with "/". */
  readonly pathPrefix: string;
  /** CVE IDs in the text link to the site's CVE pages: articles only (a static page's CVE may have no page). */
  readonly linkCves?: boolean;
}

/** What of site.yaml changes how bodies render: raw HTML through the allowlist or as text, and the embed hosts. */
export type MarkdownSettings = Pick<SiteConfig, "html" | "embeds">;

/**
 * newsdesk's Markdown renderer: raw HTML through one allowlist sanitizer (src/content/raw-html-rule.ts), or shown as
 * text with `html: text`; links and images only relative or http(s), mailto
 * and tel (src/model/safe-url.ts: any other is shown as text, and check warns); typographer on; ids on headings;
 * root-relative links under the path prefix; images from the content folder marked for the build to resize
 * (src/content/body-image-rule.ts); code highlighted at build time (src/content/code-block-rule.ts); tables in
 * labelled scrolling regions (src/content/table-rule.ts); defanged indicators as code, never links
 * (src/content/defang-rule.ts); in articles, CVE IDs linked to their pages (src/content/cve-link-rule.ts).
 */
export function createMarkdown(settings: MarkdownSettings = SITE_DEFAULTS): MarkdownIt {
  const md = new MarkdownIt({
    html: settings.html === "allowlist",
    linkify: true,
    typographer: true,
  });
  // The one rule verify holds built pages to; markdown-it's own would let ftp:, data:image and others through.
  md.validateLink = isSafePageLink;
  md.use(anchor, { slugify, tabIndex: false, level: [2, 3, 4] });
  prefixRootLinks(md, "link_open", "href");
  md.use(defangRule);
  md.use(cveLinkRule);
  md.use(bodyImageRule);
  md.use(codeBlockRule);
  md.use(tableRule);
  // Last: it reads the tokens every other rule has settled.
  if (settings.html === "allowlist") rawHtmlRule(md, settings.embeds);
  return md;
}

/** Renders a Markdown body to HTML. */
export function renderMarkdown(md: MarkdownIt, body: string, env: MarkdownEnv): string {
  return md.render(body, { ...env });
}

// Root-relative URLs written by editors ("/2018/04/slug/") follow the site to its path prefix.
function prefixRootLinks(md: MarkdownIt, rule: "link_open", attr: string): void {
  const fallback =
    md.renderer.rules[rule] ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules[rule] = (tokens, idx, options, env: Partial<MarkdownEnv>, self) => {
    const token = tokens[idx];
    const value = token?.attrGet(attr);
    const prefix = env.pathPrefix ?? "/";
    if (token && value && value.startsWith("/") && !value.startsWith("//") && prefix !== "/") {
      token.attrSet(attr, prefix.replace(/\/$/, "") + value);
    }
    return fallback(tokens, idx, options, env, self);
  };
}
