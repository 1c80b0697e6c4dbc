import sanitizeHtml from "sanitize-html";
import { checkEmbed } from "./embeds.ts";
import { dropReason, linkTextProblems, LINK_MARK, misplacedReason, type RawHtmlDrop } from "./raw-html-drops.ts";
import { misplaced, PHRASING } from "./raw-html-placement.ts";
import { IMAGE_MARK } from "./body-image-rule.ts";
import { counted, omit } from "./raw-html-attributes.ts";
import { EMBED_MARK, placeEmbeds, type FoundEmbed } from "./raw-html-embeds.ts";
import { rawImage } from "./raw-html-image.ts";
import { unwrap, UNWRAP } from "./raw-html-unwrap.ts";
import { checkedUrl, type RawUrlOptions } from "./raw-html-url.ts";
import { completeStructure, DETAILS_MARK } from "./raw-html-structure.ts";

/** The attributes each element of raw HTML may keep; an element not listed is dropped (its text kept). */
export const RAW_HTML_ALLOWED: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(
    [
      ...[
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "caption",
        "colgroup",
        "figure",
        "figcaption",
        "details",
        "summary",
      ],
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
const IN_A_LINK = {
  ok: false,
  reason: "<iframe> inside a link or a summary",
  fix: "put the <iframe> on a line of its own",
} as const;

// What newsdesk itself puts on the elements it makes of raw HTML: an image of the content folder, an embed.
const MADE: Readonly<Record<string, readonly string[]>> = {
  img: [IMAGE_MARK],
  figure: [EMBED_MARK],
  a: [LINK_MARK],
  details: [DETAILS_MARK],
};
const KEPT = new Set([...Object.keys(RAW_HTML_ALLOWED), ...Object.keys(MADE)]);

/** How raw HTML is read: the embed hosts allowed, the path prefix, markdown-it's URL normaliser. */
export interface RawHtmlOptions extends RawUrlOptions {
  readonly embeds: readonly string[];
  /** Whether the stretch of Markdown at a mark holds text (src/content/raw-html-rule.ts); all do when not given. */
  readonly stretchHasText?: (stretch: number) => boolean;
  /** The inline text the stretch of Markdown at a mark shows, for what a raw link around it reads as. */
  readonly stretchText?: (stretch: number) => string;
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
export function sanitizeRawHtml(
  html: string,
  options: RawHtmlOptions,
  lineAt: (offset: number) => number,
): SanitizedHtml {
  const dropped: RawHtmlDrop[] = [];
  const images: SanitizedHtml["images"] = [];
  const links: SanitizedHtml["links"] = [];
  const embeds: FoundEmbed[] = [];
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
      const embed =
        inside.some((n) => INTERACTIVE.has(n)) || attribs[IN_LINK] !== undefined
          ? IN_A_LINK
          : checkEmbed(attribs.src, options.embeds);
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
    if (name === "img") return rawImage(kept, line, drop, options, images);
    if (name === "details")
      return { tagName: name, attribs: { ...counted(kept, drop), [DETAILS_MARK]: String(details.push(line) - 1) } };
    return { tagName: name, attribs: counted(kept, drop) };
  };
  const clean = sanitizeHtml(html, {
    allowedTags: [...new Set([...Object.keys(RAW_HTML_ALLOWED), ...Object.keys(MADE)])],
    allowedAttributes: Object.fromEntries(
      [...new Set([...Object.keys(RAW_HTML_ALLOWED), ...Object.keys(MADE)])].map((t) => [
        t,
        [...(RAW_HTML_ALLOWED[t] ?? []), ...(MADE[t] ?? []), UNWRAP],
      ]),
    ),
    allowedSchemes: ["http", "https", "mailto", "tel"],
    allowProtocolRelative: false,
    nonTextTags: [
      "script",
      "style",
      "textarea",
      "option",
      "noscript",
      "title",
      "template",
      "xmp",
      "noembed",
      "noframes",
      "iframe",
    ],
    transformTags: { "*": transform },
    onOpenTag: (name) => open.push(name),
    onCloseTag: () => open.pop(),
  });
  // Void elements as the rest of the page writes them (<br>, not <br />): text and attribute values escape ">".
  const complete = completeStructure(unwrap(clean.replace(/ \/>/g, ">")), (k) => details[k]!);
  const placed = placeEmbeds(complete.html, embeds);
  const { html: linked, problems } = linkTextProblems(
    placed,
    anchors,
    options.stretchHasText ?? (() => true),
    options.stretchText,
  );
  return { html: linked, dropped: [...dropped, ...complete.dropped, ...problems], images, links };
}
