import type sanitizeHtml from "sanitize-html";
import { IMAGE_MARK } from "./body-image-rule.ts";
import { contentImagePath, decodeImageSrc, isContentImage } from "./image-path.ts";
import { size } from "./raw-html-attributes.ts";
import { UNWRAP } from "./raw-html-unwrap.ts";
import { checkedUrl, type RawUrlOptions } from "./raw-html-url.ts";

/**
 * A raw <img> with its allowed attributes `kept`: src, alt, title (in the order src/site/place-body-images.ts reads
 * them), width and height; one of the content folder marked for resizing like Markdown's and pushed on `images`.
 * What it loses is named through `drop`; one without a usable src is marked UNWRAP (so removed).
 */
export function rawImage(
  kept: sanitizeHtml.Attributes,
  line: number,
  drop: (what: string) => void,
  options: RawUrlOptions,
  images: { src: string; line: number }[],
): sanitizeHtml.Tag {
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
}
