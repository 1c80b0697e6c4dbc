import { join } from "node:path";
import Image from "@11ty/eleventy-img";
import type { Article } from "../content/article.ts";
import { readContentFile } from "../content/content-fs.ts";
import { ContentError } from "../content/diagnostics.ts";
import { IMAGE_PATH, IMAGE_WIDTHS, isContentImage, type ResponsiveImage } from "./responsive-image.ts";

/**
 * Resizes every article's lead image that lives in the content folder (a path relative to it; a leading "/" also
 * means the content folder) into WebP and JPEG at IMAGE_WIDTHS, written under `outputDir`/img/. Keyed by the
 * image as written in front-matter. The bytes are read through content-fs, so a linked image, or one inside a
 * linked folder, is never read; it, and a missing or unreadable file, fails the build naming the article.
 */
export async function processImages(articles: readonly Article[], contentDir: string, outputDir: string): Promise<Map<string, ResponsiveImage>> {
  const images = new Map<string, ResponsiveImage>();
  for (const article of articles) {
    const image = article.image;
    if (!image || !isContentImage(image) || images.has(image)) continue;
    const place = { file: article.file, field: "image" };
    const read = await readContentFile(contentDir, image.replace(/^\/+/, ""), place);
    if (!read.ok) throw new ContentError([read.diagnostic]);
    let files: Awaited<ReturnType<typeof Image>>;
    try {
      // eleventy-img names outputs by a hash of the bytes, the same as when it is handed the path.
      files = await Image(read.bytes, { widths: [...IMAGE_WIDTHS], formats: ["webp", "auto"], outputDir: join(outputDir, IMAGE_PATH), urlPath: IMAGE_PATH });
    } catch (error) {
      const message = `image ${image} could not be read as an image (${(error as Error).message.split("\n")[0]})`;
      throw new ContentError([{ ...place, line: 1, column: 1, severity: "error", message, suggestion: "save it as JPEG, PNG, WebP or GIF" }]);
    }
    const formats = Object.entries(files).sort(([a], [b]) => (a === "webp" ? -1 : b === "webp" ? 1 : 0));
    const fallback = formats[formats.length - 1]![1];
    const largest = fallback[fallback.length - 1]!;
    images.set(image, {
      width: largest.width,
      height: largest.height,
      src: largest.url,
      sources: formats.map(([, list]) => ({ type: list[0]!.sourceType, srcset: list.map((f) => ({ path: f.url, width: f.width })) })),
    });
  }
  return images;
}
