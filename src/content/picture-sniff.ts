import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { statContentFile } from "./content-fs.ts";
import { headerProblem, type PictureProblem } from "./picture-header.ts";

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

/** What to do about a picture the build cannot resize. */
export const PICTURE_FIX =
  "save the picture as JPEG, PNG, WebP, GIF or AVIF in the content folder and write its path, e.g. images/harbour.jpg";

// Enough of a picture for its header (JPEG's metadata before the frame, PNG's IHDR) in one read.
const HEAD_BYTES = 64 * 1024;

/**
 * Why the file at `relative` (a path inside the content folder) cannot be resized — missing, a folder, a link,
 * outside the folder, unreadable, not a picture by its first bytes, or a header the build's resizer refuses
 * (damaged, cut short, too many pixels: picture-header.ts) — or undefined when it reads as one.
 * Cheap: one look at each component (content-fs) and the first 64 KiB; the whole file only when those 64 KiB
 * alone do not read (WebP and TIFF want the whole file), so that a verdict "damaged" is the whole file's.
 */
export async function pictureProblem(contentDir: string, relative: string): Promise<PictureProblem | undefined> {
  const found = statContentFile(contentDir, relative);
  if (!found.ok) {
    const suggestion = found.reason === "missing" ? PICTURE_FIX : found.diagnostic.suggestion;
    return { message: `image ${relative}: ${found.diagnostic.message}`, suggestion };
  }
  try {
    const handle = await open(found.path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      const head = buffer.subarray(0, bytesRead);
      const kind = kindProblem(head, relative);
      if (kind || bytesRead < HEAD_BYTES) return kind ?? (await headerProblem(head, relative));
      // Positional reads leave the file position at 0: readFile reads it all.
      return (await headerProblem(head, relative)) && (await headerProblem(await handle.readFile(), relative));
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown error";
    return { message: `the image ${relative} cannot be read (${code})`, suggestion: PICTURE_FIX };
  }
}

// Not a picture by its first bytes: empty, SVG or HTML, or anything else.
function kindProblem(head: Buffer, relative: string): PictureProblem | undefined {
  if (SIGNATURES.some((s) => s.test(head))) return undefined;
  const text = head.subarray(0, 16).toString("utf8").trimStart();
  const what = head.length === 0 ? "is empty" : text.startsWith("<") ? "is SVG or HTML" : "is not a picture";
  const message = `the image ${relative} ${what}: newsdesk resizes JPEG, PNG, WebP, GIF, AVIF and TIFF`;
  return { message, suggestion: PICTURE_FIX };
}
