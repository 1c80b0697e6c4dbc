import { createRequire } from "node:module";
import type sharpType from "sharp";

/** Why a picture cannot be used, and the fix. */
export interface PictureProblem {
  readonly message: string;
  readonly suggestion?: string;
}

/**
 * The most pixels a picture may have: sharp's default limitInputPixels (0x3FFF squared), which the build hands
 * to @11ty/eleventy-img explicitly (src/build/resize-images.ts), so check and build refuse the same pictures.
 */
export const PIXEL_LIMIT = 268_402_689;

// The sharp input options the build's resizer uses: eleventy-img's own (failOnError false) and PIXEL_LIMIT.
const SHARP_INPUT = { failOnError: false, limitInputPixels: PIXEL_LIMIT } as const;

/** What to do about a damaged picture or one with too many pixels. */
const DAMAGED_FIX = "open the picture in an image editor and save it again as JPEG, PNG or WebP, or copy it anew";
const HUGE_FIX = "save a smaller copy (at most 16383 × 16383 pixels; 1600 pixels wide is what pages show)";

let loaded: typeof sharpType | undefined;

// The very sharp eleventy-img loads (resolved from its folder), loaded on the first picture: check reads the
// header with the decoder the build resizes with, and a content folder without pictures never loads it.
function sharp(): typeof sharpType {
  const resizer = createRequire(import.meta.url).resolve("@11ty/eleventy-img");
  loaded ??= createRequire(resizer)("sharp") as typeof sharpType;
  return loaded;
}

/**
 * Why the build's resizer would refuse `bytes` (the picture `relative`, or its first part) on reading its
 * header — damaged or cut short, or more than PIXEL_LIMIT pixels — or undefined when it reads. Header only:
 * nothing is decoded.
 */
export async function headerProblem(bytes: Buffer, relative: string): Promise<PictureProblem | undefined> {
  try {
    await sharp()(bytes, SHARP_INPUT).metadata();
    return undefined;
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0]!;
    if (!/exceeds pixel limit/i.test(reason)) {
      return { message: `the image ${relative} is damaged or cut short (${reason})`, suggestion: DAMAGED_FIX };
    }
  }
  const { width = 0, height = 0 } = await sharp()(bytes, { ...SHARP_INPUT, limitInputPixels: false }).metadata();
  const pixels = (width * height).toLocaleString("en");
  const message =
    `the image ${relative} is ${width} × ${height} pixels (${pixels}), more than the ` +
    `${PIXEL_LIMIT.toLocaleString("en")} the build resizes`;
  return { message, suggestion: HUGE_FIX };
}
