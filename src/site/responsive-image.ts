import { html, type SafeHtml } from "../render/html.ts";

export { isContentImage } from "../content/image-path.ts";

/** One format of a responsive image: its MIME type and srcset of site paths. */
export interface ImageSource {
  readonly type: string;
  readonly srcset: readonly { readonly path: string; readonly width: number }[];
}

/** A content image resized for the page: the sources by format and the fallback <img> (its largest JPEG/PNG). */
export interface ResponsiveImage {
  readonly width: number;
  readonly height: number;
  /** Site path of the fallback image. */
  readonly src: string;
  /** Modern format first (WebP), then the fallback format. */
  readonly sources: readonly ImageSource[];
}

/** Widths made of each image; never wider than the original. */
export const IMAGE_WIDTHS = [480, 960, 1600];
/** Where resized images are written, under the output folder, and served from. */
export const IMAGE_PATH = "/img/";

/** How a resized image is shown: its text alternative, the `sizes` of where it sits, and an optional title. */
export interface PictureOptions {
  readonly alt: string;
  readonly sizes: string;
  readonly title?: string;
}

/**
 * A resized image as a <picture>, the same for lead and body images: a <source> per modern format, and the
 * fallback <img> with its srcset, sizes, width and height (no layout shift) and lazy loading. `href` puts a
 * site path under the path prefix.
 */
export function pictureHtml(image: ResponsiveImage, shown: PictureOptions, href: (path: string) => string): SafeHtml {
  const srcset = (source: ImageSource) => source.srcset.map((c) => `${href(c.path)} ${c.width}w`).join(", ");
  const fallback = image.sources[image.sources.length - 1]!;
  const { alt, sizes, title } = shown;
  const sources = image.sources
    .slice(0, -1)
    .map((s) => html`<source type="${s.type}" srcset="${srcset(s)}" sizes="${sizes}">`);
  const size = html`width="${image.width}" height="${image.height}"`;
  const titled = title ? html` title="${title}"` : "";
  const set = html`srcset="${srcset(fallback)}" sizes="${sizes}"`;
  const img = html`<img src="${href(image.src)}" ${set} ${size} alt="${alt}"${titled}`;
  return html`<picture>${sources}${img} loading="lazy" decoding="async"></picture>`;
}
