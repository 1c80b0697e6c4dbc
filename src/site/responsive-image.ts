import { looksLikeUrl } from "../model/safe-url.ts";

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

/** True for an image written as a path into the content folder rather than a URL (src/model/safe-url.ts decides). */
export function isContentImage(image: string): boolean {
  return !looksLikeUrl(image);
}

