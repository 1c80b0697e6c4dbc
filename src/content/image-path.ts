import { looksLikeUrl } from "../model/safe-url.ts";

/** True for an image written as a path into the content folder rather than a URL (src/model/safe-url.ts decides). */
export function isContentImage(image: string): boolean {
  return !looksLikeUrl(image);
}

/**
 * The content-folder path an image names, as the build reads it: without the leading "/" (which, as in `image:`,
 * also means the content folder). Not checked: src/model/safe-url.ts checkImageReference and content-fs do that.
 */
export function contentImagePath(written: string): string {
  return written.replace(/^\/+/, "");
}

/**
 * A body image's target as the editor wrote it: markdown-it percent-encodes targets (`my photo.png` becomes
 * `my%20photo.png`), while the file is named without the encoding. A target that does not decode stays as it is.
 */
export function decodeImageSrc(src: string): string {
  try {
    return decodeURIComponent(src);
  } catch {
    return src;
  }
}
