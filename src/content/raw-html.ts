import sanitizeHtml from "sanitize-html";
import { isSafePageLink } from "../model/safe-url.ts";
import { checkEmbed, embedPlaceholder, type Embed } from "./embeds.ts";
import { dropReason, emptyLinks, LINK_MARK, misplacedReason, type RawHtmlDrop } from "./raw-html-drops.ts";
import { misplaced, PHRASING } from "./raw-html-placement.ts";
import { contentImagePath, decodeImageSrc, isContentImage } from "./image-path.ts";
import { IMAGE_MARK } from "./body-image-rule.ts";
import { completeStructure, DETAILS_MARK } from "./raw-html-structure.ts";

/** The attributes each element of raw HTML may keep; an element not listed is dropped (its text kept). */
export const RAW_HTML_ALLOWED: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(
    [
      ...["table", "thead", "tbody", "tfoot", "tr", "caption", "colgroup", "figure", "figcaption", "details", "summary"],
      ...["sup", "sub", "kbd", "dl", "dt", "dd", "br", "hr", "p", "span", "div", "em", "strong", "i", "b", "u", "s"],
      ...["del", "ins", "mark", "small", "code", "pre", "blockquote", "ul", "ol", "li", "h2", "h3", "h4", "h5", "h6"],
    ].map((tag) => [tag, []]),
  ),
  th: ["colspan", "rowspan", "scope"],
  td: ["colspan", "rowspan"],
  col: ["span"],
  abbr: ["title"],
  ol: ["start", "reversed"],
  details: ["open"],
  a: ["href", "title"],
  img: ["src", "alt", "title", "width", "height"],
};

/** Put on an inline tag of a Markdown paragraph or heading (src/content/raw-html-rule.ts): only phrasing there. */
export const INLINE = "data-newsdesk-inline";
/** Put on an inline tag inside a Markdown link's text: no player or block may sit there. */
export const IN_LINK = "data-newsdesk-in-link";

// Elements no button or link may sit inside.
const INTERACTIVE = new Set(["a", "button", "summary", "label", "select", "textarea"]);
const IN_A_LINK = { ok: false, reason: "<iframe> inside a link or a summary", fix: "put the <iframe> on a line of its own" } as const;

// What newsdesk itself puts on the elements it makes of raw HTML: an image of the content folder, an embed.
const EMBED_MARK = "data-newsdesk-embed";
const MADE: Readonly<Record<string, readonly string[]>> = { img: [IMAGE_MARK], figure: [EMBED_MARK], a: [LINK_MARK], details: [DETAILS_MARK] };
const KEPT = new Set([...Object.keys(RAW_HTML_ALLOWED), ...Object.keys(MADE)]);
// On an element left out with its text kept, until unwrap() takes its tags away. The sanitizer cannot be told to
// (renaming it to an element not allowed leaves that name on a later closing tag, so an element stays open).
const UNWRAP = "data-newsdesk-unwrap";

/** How raw HTML is read: the embed hosts allowed, the path prefix, markdown-it's URL normaliser. */
export interface RawHtmlOptions {
  readonly embeds: readonly string[];
  readonly pathPrefix: string;
  readonly normalizeLink: (url: string) => string;
  /** Whether the stretch of Markdown at a mark holds text (src/content/raw-html-rule.ts); all do when not given. */
  readonly stretchHasText?: (stretch: number) => boolean;
}

/** Sanitized HTML, what was dropped (at body lines), and the images and links it kept. */
export interface SanitizedHtml {
  readonly html: string;
  readonly dropped: RawHtmlDrop[];
  /** Images of the content folder, decoded, at their body line. */
  readonly images: { readonly src: string; readonly line: number }[];
  /** Root-relative links (the site's own pages), without fragment or query, at their body line. */
  readonly links: { readonly href: string; readonly line: number }[];
}

/**
 * Raw HTML through newsdesk's one allowlist, as GitHub renders it: the elements and attributes of RAW_HTML_ALLOWED,
 * links and images through the URL rule of Markdown's (src/model/safe-url.ts), images of the content folder marked
 * for resizing like Markdown's, iframes from allowed hosts as a marked <figure> (src/content/embeds.ts). Scripts,
 * styles and their text are never kept. `lineAt` gives the body line of a position in `html`.
 */
export function sanitizeRawHtml(html: string, options: RawHtmlOptions, lineAt: (offset: number) => number): SanitizedHtml {
  const dropped: RawHtmlDrop[] = [];
  const images: SanitizedHtml["images"] = [];
  const links: SanitizedHtml["links"] = [];
  const embeds: { embed: Embed; title: string; phrasing: boolean }[] = [];
  const anchors: { href: string; line: number }[] = [];
  const details: number[] = [];
  // The elements open where the sanitizer is, as kept ("" for one left out): what may stand there depends on them.
  const open: string[] = [];
  const tags = /<([A-Za-z][^\s/>]*)/g;
  // htmlparser2 reports tags in source order: each is found at the next opening of its name (for its line).
  const lineOf = (name: string): number => {
    const from = tags.lastIndex;
    for (let m = tags.exec(html); m; m = tags.exec(html)) if (m[1]!.toLowerCase() === name) return lineAt(m.index);
    // One the parser implied (</p> alone opens a <p>): the line of the tag before.
    tags.lastIndex = from;
    return lineAt(from);
  };
  const transform = (name: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => {
    const tag = transformOne(name, attribs);
    open[open.length - 1] = KEPT.has(tag.tagName) && tag.attribs[UNWRAP] === undefined ? tag.tagName : "";
    return tag;
  };
  const transformOne = (name: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => {
    const line = lineOf(name);
    const inside = open.slice(0, -1).filter(Boolean);
    const drop = (what: string) => dropped.push({ line, ...dropReason(name, what) });
    if (name === "iframe") {
      const embed = inside.some((n) => INTERACTIVE.has(n)) || attribs[IN_LINK] !== undefined ? IN_A_LINK : checkEmbed(attribs.src, options.embeds);
      if (!embed.ok) dropped.push({ line, message: `${embed.reason}: it was dropped`, suggestion: embed.fix });
      if (!embed.ok) return { tagName: "iframe", attribs: {} };
      const phrasing = attribs[INLINE] !== undefined || inside.some((n) => PHRASING.has(n));
      embeds.push({ embed, title: attribs.title ?? "", phrasing });
      return { tagName: "figure", attribs: { [EMBED_MARK]: String(embeds.length - 1) } };
    }
    const allowed = Object.hasOwn(RAW_HTML_ALLOWED, name) ? RAW_HTML_ALLOWED[name]! : undefined;
    if (!allowed) {
      drop("element");
      return { tagName: name, attribs: {} };
    }
    const where = misplaced(name, inside, attribs[INLINE] !== undefined || attribs[IN_LINK] !== undefined);
    if (where) {
      dropped.push({ line, ...misplacedReason(name, where) });
      return { tagName: name, attribs: { [UNWRAP]: "" } };
    }
    const kept: sanitizeHtml.Attributes = {};
    const refused = Object.keys(attribs).filter((a) => !allowed.includes(a) && a !== INLINE && a !== IN_LINK);
    if (refused.length > 0) drop(refused.join(", "));
    for (const a of Object.keys(attribs)) if (allowed.includes(a)) kept[a] = attribs[a]!;
    if (name === "a" && kept.href !== undefined) {
      const href = checkedUrl(kept.href, options);
      if (href === undefined) drop(`href ${kept.href.trim()}`);
      // Root-relative links are the site's own, checked like Markdown's (without fragment or query).
      else if (/^\/(?!\/)/.test(kept.href.trim())) links.push({ href: kept.href.trim().split(/[#?]/)[0]!, line });
      if (href === undefined) return { tagName: name, attribs: omit(kept, "href") };
      anchors.push({ href: kept.href.trim(), line });
      return { tagName: name, attribs: { ...kept, href, [LINK_MARK]: String(anchors.length - 1) } };
    }
    if (name === "img") return image(kept, line, drop);
    if (name === "details") return { tagName: name, attribs: { ...counted(kept, drop), [DETAILS_MARK]: String(details.push(line) - 1) } };
    return { tagName: name, attribs: counted(kept, drop) };
  };
  // An image keeps src, alt, title (in the order src/site/place-body-images.ts reads them), width and height.
  const image = (kept: sanitizeHtml.Attributes, line: number, drop: (what: string) => void): sanitizeHtml.Tag => {
    const written = kept.src?.trim() ?? "";
    const src = written === "" ? undefined : checkedUrl(written, options);
    if (src === undefined) {
      drop(written === "" ? "no src" : `src ${written}`);
      return { tagName: "img", attribs: { [UNWRAP]: "" } };
    }
    const attribs: sanitizeHtml.Attributes = { src, alt: kept.alt ?? "", ...(kept.title ? { title: kept.title } : {}) };
    const sized = size(kept);
    const unusable = ["width", "height"].filter((a) => kept[a] !== undefined && sized[a] === undefined);
    if (unusable.length > 0) drop(`size ${unusable.map((a) => `${a} ${kept[a]}`).join(", ")}`);
    if (!isContentImage(written)) return { tagName: "img", attribs: { ...attribs, ...sized } };
    // As Markdown's: shown from the site's root under the prefix, marked with its content path for resizing.
    const decoded = decodeImageSrc(options.normalizeLink(written));
    images.push({ src: decoded, line });
    const shown = `${options.pathPrefix.replace(/\/?$/, "/")}${contentImagePath(options.normalizeLink(written))}`;
    const mark = encodeURIComponent(contentImagePath(decoded));
    return { tagName: "img", attribs: { ...attribs, src: shown, [IMAGE_MARK]: mark } };
  };
  const clean = sanitizeHtml(html, {
    allowedTags: [...new Set([...Object.keys(RAW_HTML_ALLOWED), ...Object.keys(MADE)])],
    allowedAttributes: Object.fromEntries(
      [...new Set([...Object.keys(RAW_HTML_ALLOWED), ...Object.keys(MADE)])].map((t) => [t, [...(RAW_HTML_ALLOWED[t] ?? []), ...(MADE[t] ?? []), UNWRAP]]),
    ),
    allowedSchemes: ["http", "https", "mailto", "tel"],
    allowProtocolRelative: false,
    nonTextTags: ["script", "style", "textarea", "option", "noscript", "title", "template", "xmp", "noembed", "noframes", "iframe"],
    transformTags: { "*": transform },
    onOpenTag: (name) => open.push(name),
    onCloseTag: () => open.pop(),
  });
  // Void elements as the rest of the page writes them (<br>, not <br />): text and attribute values escape ">".
  const complete = completeStructure(unwrap(clean.replace(/ \/>/g, ">")), (k) => details[k]!);
  const placed = placeEmbeds(complete.html, (k) => embedPlaceholder(embeds[k]!.embed, embeds[k]!.title, escape, embeds[k]!.phrasing));
  const { html: linked, empty } = emptyLinks(placed, anchors, options.stretchHasText ?? (() => true));
  return { html: linked, dropped: [...dropped, ...complete.dropped, ...empty], images, links };
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

// Each marked <figure> (with whatever the <iframe> held: fallback text) swapped for its placeholder. The sanitizer's
// output is balanced and escapes "<" in text and attributes, so the matching </figure> is found by counting.
function placeEmbeds(html: string, placeholder: (k: number) => string): string {
  const open = new RegExp(`<figure ${EMBED_MARK}="(\\d+)">`, "g");
  let out = "";
  let from = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const figures = /<(\/?)figure\b[^>]*>/g;
    figures.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = html.length;
    for (let f = figures.exec(html); f; f = figures.exec(html)) {
      depth += f[1] ? -1 : 1;
      if (depth === 0) {
        end = f.index + f[0].length;
        break;
      }
    }
    out += html.slice(from, m.index) + placeholder(Number(m[1]));
    from = end;
    open.lastIndex = end;
  }
  return out + html.slice(from);
}

// The stream without the tags of each element marked UNWRAP (a void one is removed): the sanitizer's output is
// balanced and escapes "<" in text and attributes, so an element's closing tag is found by counting.
function unwrap(html: string): string {
  const marked = new RegExp(`<([a-z][a-z0-9]*) ${UNWRAP}(?:="")?>`);
  for (let m = marked.exec(html); m; m = marked.exec(html)) {
    const name = m[1]!;
    const after = m.index + m[0].length;
    let end: { at: number; length: number } | undefined;
    if (!VOID.has(name)) {
      const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, "g");
      tags.lastIndex = after;
      let depth = 1;
      for (let t = tags.exec(html); t && !end; t = tags.exec(html)) {
        depth += t[1] ? -1 : 1;
        if (depth === 0) end = { at: t.index, length: t[0].length };
      }
    }
    html = html.slice(0, m.index) + (end ? html.slice(after, end.at) + html.slice(end.at + end.length) : html.slice(after));
  }
  return html;
}

const VOID = new Set(["img", "br", "hr", "col"]);

// A link or image target as Markdown's would be: refused if unsafe or protocol-relative; a root-relative one under
// the path prefix.
function checkedUrl(written: string, options: RawHtmlOptions): string | undefined {
  const url = written.trim();
  // A protocol-relative address (//host) is another site's: the sanitizer would drop it unreported.
  if (!isSafePageLink(url) || /^[\\/]{2}/.test(url)) return undefined;
  const normal = options.normalizeLink(url);
  if (!normal.startsWith("/") || normal.startsWith("//")) return normal;
  return options.pathPrefix === "/" ? normal : options.pathPrefix.replace(/\/$/, "") + normal;
}

// A boolean attribute is written bare (open="no" still opens); a count is a whole number a browser reads as one.
const BOOLEAN = new Set(["open", "reversed"]);
const COUNTS: Readonly<Record<string, RegExp>> = { colspan: /^[1-9]\d{0,2}$/, rowspan: /^\d{1,4}$/, span: /^[1-9]\d{0,2}$/, start: /^-?\d{1,9}$/ };

function counted(kept: sanitizeHtml.Attributes, drop: (what: string) => void): sanitizeHtml.Attributes {
  const out: sanitizeHtml.Attributes = {};
  const unusable: string[] = [];
  for (const [a, value] of Object.entries(kept)) {
    if (BOOLEAN.has(a)) out[a] = "";
    else if (!COUNTS[a] || COUNTS[a].test(value.trim())) out[a] = COUNTS[a] ? value.trim() : value;
    else unusable.push(`${a} ${value}`);
  }
  if (unusable.length > 0) drop(`count ${unusable.join(", ")}`);
  return out;
}

function size(kept: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const out: sanitizeHtml.Attributes = {};
  for (const a of ["width", "height"]) if (/^\d{1,5}$/.test(kept[a]?.trim() ?? "")) out[a] = kept[a]!.trim();
  return out;
}

function omit(attribs: sanitizeHtml.Attributes, name: string): sanitizeHtml.Attributes {
  return Object.fromEntries(Object.entries(attribs).filter(([a]) => a !== name));
}
