import { join } from "node:path";
import Image from "@11ty/eleventy-img";
import { readContentFile } from "../content/content-fs.ts";
import { useLine, type ImageUse } from "../content/content-images.ts";
import { ContentError, type Diagnostic } from "../model/diagnostic.ts";
import { contentImagePath } from "../content/image-path.ts";
import { PIXEL_LIMIT } from "../content/picture-header.ts";
import { IMAGE_PATH, IMAGE_WIDTHS, type ResponsiveImage } from "../site/responsive-image.ts";

/**
 * Resizes every picture from the content folder that a page shows (lead and body images, src/content/
 * content-images.ts imageUses) into WebP and its own format at IMAGE_WIDTHS, written under `outputDir`/img/.
 * Keyed by the image as written and by its content path (images/x.png for /images/x.png too); each file is
 * resized once. The bytes are read through content-fs, so a linked image, or one inside a linked folder, is
 * never read; it, and a missing or unreadable file, fails the build at the use's file and line.
 */
export async function processImages(
  uses: readonly ImageUse[],
  contentDir: string,
  outputDir: string,
): Promise<Map<string, ResponsiveImage>> {
  const images = new Map<string, ResponsiveImage>();
  for (const use of uses) {
    const path = contentImagePath(use.written);
    const done = images.get(path);
    if (done) {
      images.set(use.written, done);
      continue;
    }
    const read = await readContentFile(contentDir, path);
    // Problems are reported where the picture is shown: a lead image's image: line, a body image's own line.
    const place = async () => ({ file: use.file, field: use.field, line: await useLine(use, contentDir) });
    if (!read.ok) throw new ContentError([{ ...read.diagnostic, ...(await place()) }]);
    const resized = await resize(read.bytes, use, place, outputDir);
    images.set(path, resized).set(use.written, resized);
  }
  return images;
}

type Place = () => Promise<Pick<Diagnostic, "file" | "field" | "line">>;

// One picture's files: WebP and its own format at IMAGE_WIDTHS, under `outputDir`/img/.
async function resize(bytes: Buffer, use: ImageUse, place: Place, outputDir: string): Promise<ResponsiveImage> {
  let files: Awaited<ReturnType<typeof Image>>;
  try {
    // eleventy-img names outputs by a hash of the bytes, the same as when it is handed the path.
    // The pixel limit is given, not left to eleventy-img's default, so that check's is the same (picture-header).
    const sharpOptions = { limitInputPixels: PIXEL_LIMIT };
    const options = { outputDir: join(outputDir, IMAGE_PATH), urlPath: IMAGE_PATH, sharpOptions };
    files = await Image(bytes, { widths: [...IMAGE_WIDTHS], formats: ["webp", "auto"], ...options });
  } catch (error) {
    const message = `image ${use.written} could not be read as an image (${(error as Error).message.split("\n")[0]})`;
    const suggestion = "save it as JPEG, PNG, WebP or GIF";
    throw new ContentError([{ ...(await place()), column: 1, severity: "error", message, suggestion }]);
  }
  const formats = Object.entries(files).sort(([a], [b]) => (a === "webp" ? -1 : b === "webp" ? 1 : 0));
  const fallback = formats[formats.length - 1]![1];
  const largest = fallback[fallback.length - 1]!;
  return {
    width: largest.width,
    height: largest.height,
    src: largest.url,
    sources: formats.map(([, list]) => ({
      type: list[0]!.sourceType,
      srcset: list.map((f) => ({ path: f.url, width: f.width })),
    })),
  };
}
