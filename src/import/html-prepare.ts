import { load, type CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import { checkEmbed } from "../content/embeds.ts";

/** How an importer rewrites what an HTML body points at, and hears of what is dropped. */
export interface HtmlRewrites {
  /** The href to write for a link (its new address); the same href to leave it. */
  readonly link?: (href: string) => string;
  /** The src to write for an image (a content path once placed); the same src to leave it. */
  readonly image?: (src: string) => string;
  /** Hosts an <iframe> may come from (site.yaml embeds:); other frames become links. */
  readonly embedHosts?: readonly string[];
  /** Told of each element dropped (script, style, form, object…) or frame turned into a link. */
  readonly dropped?: (tag: string) => void;
}

// What runs or submits in a page, or plugs into one: newsdesk's sanitizer refuses them, so they go now, named.
const DROPPED = "script, style, form, object, embed, applet, noscript, input, button, select, textarea, link, meta";
const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|avif|svg)(?:[?#].*)?$/i;

/** The HTML with links, images and frames rewritten and what newsdesk refuses taken out, ready for Markdown. */
export function prepareHtml(html: string, rewrites: HtmlRewrites): string {
  const $ = load(html, null, false);
  $(DROPPED).each((_, el) => {
    // An <input> goes with its <form>: one drop reported.
    if ($(el).parents(DROPPED).length === 0) rewrites.dropped?.(el.tagName.toLowerCase());
    $(el).remove();
  });
  $("iframe").each((_, el) => frame($, el, rewrites));
  $("img[src]").each((_, el) => {
    const src = $(el).attr("src")!;
    if (rewrites.image) $(el).attr("src", rewrites.image(src));
    // srcset and sizes name the old site's resized copies; the build makes its own.
    $(el).removeAttr("srcset").removeAttr("sizes");
  });
  $("a[href]").each((_, el) => {
    const link = $(el);
    const href = link.attr("href")!;
    // A thumbnail linked to its full-size file: the image alone (the build makes the sizes).
    const only = link.children();
    if (IMAGE_FILE.test(href) && only.length === 1 && only.is("img") && link.text().trim() === "") {
      link.replaceWith(only);
      return;
    }
    if (rewrites.link) link.attr("href", rewrites.link(href));
  });
  return $.html();
}

// An allowed frame keeps its (checked) address and gets a title; any other becomes a link to what it showed.
function frame($: CheerioAPI, el: Element, rewrites: HtmlRewrites): void {
  const node = $(el);
  const src = node.attr("src");
  const checked = checkEmbed(src, rewrites.embedHosts ?? []);
  const title = node.attr("title")?.trim() ?? "";
  if (checked.ok) {
    node.replaceWith(
      `<iframe src="${escapeAttr(checked.src)}" title="${escapeAttr(title || `Video from ${checked.host}`)}"></iframe>`,
    );
    return;
  }
  rewrites.dropped?.("iframe");
  const url = src && /^https?:\/\//i.test(src.trim()) ? src.trim() : undefined;
  node.replaceWith(url ? `<p><a href="${escapeAttr(url)}">${escapeText(title || url)}</a></p>` : "");
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}
