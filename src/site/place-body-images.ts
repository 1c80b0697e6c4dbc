import type { Article, StaticPage } from "../model/article.ts";
import { IMAGE_MARK } from "../content/body-image-rule.ts";
import type { SiteContent } from "../content/load.ts";
import { htmlIncludes } from "../content/stored-article.ts";
import { pictureHtml, type ResponsiveImage } from "./responsive-image.ts";

// Body images fill the text column: 40rem (--measure) once the viewport leaves room for it beside the page's
// 1.25rem margins, the viewport less those margins below that (layouts/assets/site.css, .story-body).
const BODY_SIZES = "(min-width: 42.5rem) 40rem, calc(100vw - 2.5rem)";

// The marked <img> src/content/body-image-rule.ts renders for a picture of the content folder (attributes in
// this order; alt and title escaped, the path URI-encoded).
const MARKED = new RegExp(`<img src="([^"]*)" alt="([^"]*)"(?: title="([^"]*)")? ${IMAGE_MARK}="([^"]*)">`, "g");

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);

/**
 * A rendered body with each marked image swapped for its resized <picture> (/img/ files under the path prefix,
 * width, height, srcset, sizes of the text column, lazy). An image the build has not resized (only where the
 * build stops anyway: check found it missing) stays a plain <img> without the mark.
 */
export function placeBodyImages(
  html: string,
  images: ReadonlyMap<string, ResponsiveImage>,
  href: (path: string) => string,
): string {
  if (!html.includes(IMAGE_MARK)) return html;
  return html.replace(MARKED, (_tag, src: string, alt: string, title: string | undefined, path: string) => {
    const resized = images.get(safeDecode(path));
    const shown = { alt: unescape(alt), sizes: BODY_SIZES, title: title === undefined ? undefined : unescape(title) };
    if (resized) return pictureHtml(resized, shown, href).value;
    const titled = title === undefined ? "" : ` title="${title}"`;
    return `<img src="${src}" alt="${alt}"${titled} loading="lazy" decoding="async">`;
  });
}

// Placed bodies by article or page: serve reloads unchanged articles as the same objects, and an article whose
// pictures are unchanged stays that object too (serve tells edited articles by identity, src/build/render-memo.ts).
const placed = new WeakMap<object, { readonly html: string; readonly item: object }>();

/** `content` with every article's and static page's body images placed; articles without any are left as they are. */
export function withBodyImages(content: SiteContent, images: ReadonlyMap<string, ResponsiveImage>): SiteContent {
  const href = (path: string) => content.urls.href(path);
  const place = <T extends Article | StaticPage>(item: T): T => {
    // An article kept from the last build has its html decoded only if there is an image to place in it.
    if (!htmlIncludes(item, IMAGE_MARK)) return item;
    const html = placeBodyImages(item.html, images, href);
    if (html === item.html) return item;
    const last = placed.get(item);
    if (last?.html === html) return last.item as T;
    const made = { ...item, html };
    placed.set(item, { html, item: made });
    return made;
  };
  return { ...content, articles: content.articles.map(place), pages: content.pages.map(place) };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
