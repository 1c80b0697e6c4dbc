import { join, normalize, relative, resolve, sep } from "node:path";
import Image from "@11ty/eleventy-img";
import type { Article } from "../content/article.ts";
import { IMAGE_PATH, IMAGE_WIDTHS, isContentImage, type ResponsiveImage } from "./responsive-image.ts";

/**
 * Resizes every article's lead image that lives in the content folder (a path relative to it; a leading "/" also
 * means the content folder) into WebP and JPEG at IMAGE_WIDTHS, written under `outputDir`/img/. Keyed by the
 * image as written in front-matter. A missing or unreadable file fails the build naming the article.
 */
export async function processImages(articles: readonly Article[], contentDir: string, outputDir: string): Promise<Map<string, ResponsiveImage>> {
  const images = new Map<string, ResponsiveImage>();
  const root = resolve(contentDir);
  for (const article of articles) {
    const image = article.image;
    if (!image || !isContentImage(image) || images.has(image)) continue;
    const file = resolve(root, normalize(image.replace(/^\/+/, "")));
    if (!file.startsWith(root + sep)) throw new Error(`${article.file}: image ${image} is outside the content folder`);
    let files: Awaited<ReturnType<typeof Image>>;
    try {
      files = await Image(file, { widths: [...IMAGE_WIDTHS], formats: ["webp", "auto"], outputDir: join(outputDir, IMAGE_PATH), urlPath: IMAGE_PATH });
    } catch (error) {
      throw new Error(`${article.file}: image ${relative(root, file)} could not be read (${(error as Error).message})`);
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
