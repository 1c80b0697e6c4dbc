import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { isContentImage } from "../site/responsive-image.ts";
import type { Article } from "./article.ts";
import { readContentFile, statContentFile } from "./content-fs.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { mapLimited } from "./map-limited.ts";

// Formats the build's resizer (sharp, through @11ty/eleventy-img) reads, by their first bytes. SVG is left out:
// it would be published as it is, scripts and all, instead of resized.
const SIGNATURES: readonly { readonly name: string; readonly test: (head: Buffer) => boolean }[] = [
  { name: "JPEG", test: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  { name: "PNG", test: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { name: "GIF", test: (h) => h.toString("latin1", 0, 4) === "GIF8" },
  { name: "WebP", test: (h) => h.toString("latin1", 0, 4) === "RIFF" && h.toString("latin1", 8, 12) === "WEBP" },
  { name: "AVIF", test: (h) => h.toString("latin1", 4, 8) === "ftyp" && /^avi[fs]$/.test(h.toString("latin1", 8, 12)) },
  { name: "TIFF", test: (h) => ["II*\0", "MM\0*"].includes(h.toString("latin1", 0, 4)) },
];

const FIX = "save the picture as JPEG, PNG, WebP, GIF or AVIF in the content folder and write its path, e.g. images/harbour.jpg";

/**
 * Lead images (image:) from the content folder that the build could not resize: missing, a folder, a link, outside
 * the folder, or not a picture (a text file renamed .png). An error at the article's image: line. Cheap: one stat
 * and the first bytes of each image; the file is read again only to find the line of a bad one.
 */
export async function checkLeadImages(articles: readonly Article[], contentDir: string): Promise<Diagnostic[]> {
  const seen = new Map<string, Problem | undefined>();
  const withImage = articles.filter((a) => a.image !== undefined && isContentImage(a.image));
  const found = await mapLimited(withImage, 32, async (article) => {
    const image = article.image!;
    const relative = image.replace(/^\/+/, "");
    if (!seen.has(relative)) seen.set(relative, await imageProblem(contentDir, relative));
    const problem = seen.get(relative);
    if (problem === undefined) return [];
    const at = await imageLine(contentDir, article.file);
    return [{ file: article.file, ...at, field: "image", severity: "error" as const, ...problem }];
  });
  return found.flat();
}

type Problem = { readonly message: string; readonly suggestion?: string };

// Why the image cannot be resized, or undefined when it looks like a picture the resizer reads.
async function imageProblem(contentDir: string, relative: string): Promise<Problem | undefined> {
  const found = statContentFile(contentDir, relative);
  if (!found.ok) return { message: `image ${relative}: ${found.diagnostic.message}`, suggestion: found.reason === "missing" ? FIX : found.diagnostic.suggestion };
  let head: Buffer;
  try {
    const handle = await open(found.path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      head = Buffer.alloc(16);
      const { bytesRead } = await handle.read(head, 0, 16, 0);
      head = head.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { message: `the image ${relative} cannot be read (${(error as NodeJS.ErrnoException).code ?? "unknown error"})`, suggestion: FIX };
  }
  if (SIGNATURES.some((s) => s.test(head))) return undefined;
  const what = head.length === 0 ? "is empty" : head.toString("utf8").trimStart().startsWith("<") ? "is SVG or HTML" : "is not a picture";
  return { message: `the image ${relative} ${what}: newsdesk resizes JPEG, PNG, WebP, GIF, AVIF and TIFF`, suggestion: FIX };
}

// The line and column of image: in the article's front-matter (line 1 should the file have changed meanwhile).
async function imageLine(contentDir: string, file: string): Promise<{ line: number; column: number }> {
  const read = await readContentFile(contentDir, file);
  if (!read.ok) return { line: 1, column: 1 };
  const index = read.bytes.toString("utf8").split("\n").findIndex((line) => /^image\s*:/.test(line));
  return index < 0 ? { line: 1, column: 1 } : { line: index + 1, column: 1 };
}
