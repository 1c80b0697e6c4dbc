import TurndownService from "turndown";
import { gfm } from "@joplin/turndown-plugin-gfm";
import { prepareHtml, type HtmlRewrites } from "./html-prepare.ts";
import { RAW_HTML_ALLOWED } from "../content/raw-html.ts";

/** How to convert one body: its links, images and frames rewritten, drops reported (see HtmlRewrites). */
export type HtmlToMarkdownOptions = HtmlRewrites;

// Elements Markdown has no form for and newsdesk's sanitizer allows: written as HTML, as they were.
const INLINE_KEPT = new Set(["SUP", "SUB", "KBD", "ABBR"]);
const BLOCK_KEPT = new Set(["DETAILS", "DL", "IFRAME"]);
// What kept HTML may carry: the sanitizer's allowlist, and an allowed frame's address and title.
const KEPT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = { ...RAW_HTML_ALLOWED, iframe: ["src", "title"] };

/**
 * An HTML body as newsdesk Markdown: ATX headings, fenced code (keeping a language from class="language-x",
 * "lang-x" or a "brush:"), GFM tables where GFM can express them, and HTML kept where Markdown has no form
 * (details, sup/sub, kbd, abbr, definition lists, figures other than an image with its caption, tables with
 * merged cells or no header row, allowed frames). Scripts, styles, forms and objects are dropped and reported.
 */
export function htmlToMarkdown(html: string, options: HtmlToMarkdownOptions = {}): string {
  return converter()
    .turndown(prepareHtml(html, options))
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

let shared: TurndownService | undefined;

// One service for all bodies: its rules hold no state of a conversion.
function converter(): TurndownService {
  if (shared) return shared;
  const service = new TurndownService({
    headingStyle: "atx",
    codeBlockStyle: "fenced",
    bulletListMarker: "-",
    emDelimiter: "*",
    strongDelimiter: "**",
    // A backslash break rather than two trailing spaces, which editors' tools strip unseen.
    br: "\\",
  });
  service.use(gfm);
  // Added after the plugin, so these win (turndown tries the latest rule first).
  service.addRule("kept-inline", {
    filter: (node) => INLINE_KEPT.has(node.nodeName),
    replacement: (_c, node) => outer(node),
  });
  service.addRule("kept-block", {
    filter: (node) => BLOCK_KEPT.has(node.nodeName),
    replacement: (_c, node) => block(node),
  });
  service.addRule("kept-table", {
    filter: (node) => node.nodeName === "TABLE" && !gfmCanWrite(node),
    replacement: (_c, node) => block(node),
  });
  service.addRule("figure", { filter: "figure", replacement: (content, node) => figure(service, content, node) });
  service.addRule("list-item", { filter: "li", replacement: (content, node) => listItem(content, node) });
  service.addRule("code-block", { filter: "pre", replacement: (_c, node) => fence(node) });
  shared = service;
  return service;
}

// A figure of one image and its caption: the image, then its caption as a paragraph of emphasis (newsdesk's
// figure form, src/content/body-image-rule.ts). A figure without a caption is only a wrapper (the block editor
// puts tables and quotes in one): its content. Any other figure stays HTML.
function figure(service: TurndownService, content: string, node: TurndownService.Node): string {
  const children = elements(node);
  const [img, caption] = [node.querySelector("img"), node.querySelector("figcaption")];
  if (!caption) return `\n\n${content}\n\n`;
  const loose = Array.from(node.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? "").trim() !== "");
  const simple = !loose && children.length === 2 && children[0] === img && children[1] === caption;
  if (!img || !caption || !simple) return block(node);
  const text = service
    .turndown(caption.innerHTML)
    .replace(/\s*\n\s*/g, " ")
    .trim();
  const image = service.turndown(img.outerHTML);
  return text === "" ? `\n\n${image}\n\n` : `\n\n${image}\n\n*${text.replace(/^\*|\*$/g, "")}*\n\n`;
}

// A code block fenced with more backticks than it holds in a row, its language if the HTML named one.
function fence(node: TurndownService.Node): string {
  const code = node.querySelector("code");
  const classes = `${(node as HTMLElement).getAttribute("class") ?? ""} ${code?.getAttribute("class") ?? ""}`;
  const language =
    /(?:^|\s)(?:language|lang)-([\w+#.-]+)/.exec(classes)?.[1] ?? /brush:\s*([\w+#.-]+)/.exec(classes)?.[1] ?? "";
  const text = (node.textContent ?? "").replace(/\n$/, "");
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = "`".repeat(longest + 1);
  return `\n\n${ticks}${language.toLowerCase()}\n${text}\n${ticks}\n\n`;
}

// "- item" and "1. item" with one space (turndown's default pads to four), continuation lines indented to match.
function listItem(content: string, node: TurndownService.Node): string {
  const parent = node.parentNode as HTMLElement | null;
  const index = parent ? elements(parent).indexOf(node) : 0;
  const start = Number(parent?.getAttribute("start") ?? "1") || 1;
  const marker = parent?.nodeName === "OL" ? `${start + index}. ` : "- ";
  const text = content
    .replace(/^\n+/, "")
    .replace(/\n+$/, "\n")
    .replace(/\n/g, `\n${" ".repeat(marker.length)}`)
    .replace(/\n +\n/g, "\n\n");
  return `${marker}${text.trimEnd()}${node.nextSibling ? "\n" : ""}`;
}

// GFM tables have one header row and no merged cells.
function gfmCanWrite(table: TurndownService.Node): boolean {
  if (table.querySelector("[colspan], [rowspan], table, pre, ul, ol")) return false;
  const first = table.querySelector("tr");
  return first !== null && elements(first).every((cell) => cell.nodeName === "TH");
}

// HTML kept as written, on lines of its own; blank lines inside would end the HTML block in Markdown.
function block(node: TurndownService.Node): string {
  return `\n\n${outer(node).replace(/\n\s*\n/g, "\n")}\n\n`;
}

// Kept HTML with only the attributes newsdesk's sanitizer keeps (src/content/raw-html.ts): a theme's class, data-*
// and style would each be dropped again by check, with a warning apiece.
function outer(node: TurndownService.Node): string {
  const copy = (node as HTMLElement).cloneNode(true) as HTMLElement;
  for (const element of [copy, ...Array.from(copy.querySelectorAll("*"))]) {
    const allowed = KEPT_ATTRIBUTES[element.nodeName.toLowerCase()] ?? [];
    for (const name of element.getAttributeNames()) if (!allowed.includes(name)) element.removeAttribute(name);
  }
  return copy.outerHTML;
}

// Element children (domino's collections are not iterable).
function elements(node: TurndownService.Node): Node[] {
  return Array.from(node.childNodes).filter((n) => n.nodeType === 1);
}
