import { posix } from "node:path";
import type { ImportContext } from "./imported.ts";

/** Where a body's images are: the source file an image address names, undefined for one the source does not hold (another host). */
export type LocateImage = (src: string) => string | undefined;

const MD_IMAGE = /(!\[[^\]]*\]\(\s*<?)([^\s)>]+)(>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\))/g;
const HTML_IMAGE = /(<img\b[^>]*?\bsrc\s*=\s*)(["'])(.*?)\2/gi;

/**
 * Copies each image a body names from the source onto the shelf (under `folder`, "2019/05" or "") and writes its
 * content path in the body (`original` is the body as the source wrote it, for lines). An image the source lacks is
 * reported missing and written as its address on the old site (`oldUrl`), or left as written when that is unknown.
 */
export function placeBodyImages(
  body: string,
  at: { readonly source: string; readonly bodyLine: number; readonly folder: string; readonly original: string },
  locate: LocateImage,
  ctx: ImportContext,
  oldUrl: (src: string) => string | undefined = () => undefined,
): string {
  const swap = (src: string, offset: number): string => {
    const file = locate(src);
    if (file === undefined) return src;
    const placed = ctx.images.place(file, posix.join(at.folder, posix.basename(file)));
    if (placed !== undefined) return placed;
    // The body has been converted (shortcodes, Liquid): the line is where the source wrote the address.
    const written = at.original.indexOf(src);
    const line = at.bodyLine + (written === -1 ? countLines(body, offset) : countLines(at.original, written));
    // Where the old site still serves it, the image is shown from there rather than left as a path that is not there.
    const remote = oldUrl(src);
    const detail = `image ${src} is not in the source${remote ? `: shown from the old site, ${remote}` : ""}`;
    ctx.report.imageMissing({ source: at.source, line, detail });
    return remote ?? src;
  };
  return body
    .replace(
      MD_IMAGE,
      (_, open: string, src: string, close: string, offset: number) => open + swap(src, offset) + close,
    )
    .replace(
      HTML_IMAGE,
      (_, open: string, q: string, src: string, offset: number) => `${open}${q}${swap(src, offset)}${q}`,
    );
}

/** The number of line breaks before `offset`: a match's line is the body's first line plus this. */
export function countLines(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
