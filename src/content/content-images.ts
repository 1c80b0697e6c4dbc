import { checkImageReference } from "../model/safe-url.ts";
import { readContentFile } from "./content-fs.ts";
import type { Diagnostic } from "../model/diagnostic.ts";
import { contentImagePath, isContentImage } from "./image-path.ts";
import type { BodyImage } from "../model/article.ts";
import { mapLimited } from "./map-limited.ts";
import { pictureProblem } from "./picture-sniff.ts";
import { type PictureProblem } from "./picture-header.ts";

/** A picture from the content folder that a page shows: a lead image (image:) or an image of a body. */
export interface ImageUse {
  /** The path as written (a leading "/" also means the content folder). */
  readonly written: string;
  /** The file that shows it, relative to the content folder. */
  readonly file: string;
  readonly field: "image" | "body";
  /** Its line in `file`; absent for a lead image, whose image: line is looked up when there is a problem. */
  readonly line?: number;
}

/** What shows pictures: an article (lead image and body) or a static page (body). */
export interface ShowsImages {
  readonly file: string;
  readonly image?: string;
  readonly bodyImages?: readonly BodyImage[];
}

/** The content-folder pictures an article or page shows: its lead image, then its body's images in order. */
export function imageUses(item: ShowsImages): ImageUse[] {
  const { file, image } = item;
  const shown = image !== undefined && isContentImage(image);
  const lead: ImageUse[] = shown ? [{ written: image, file, field: "image" }] : [];
  const body = (item.bodyImages ?? []).map((b): ImageUse => ({ written: b.src, file, field: "body", line: b.line }));
  return [...lead, ...body];
}

/**
 * Pictures from the content folder that the build could not resize: missing, a folder, a link, outside the
 * folder, or not a picture (a text file renamed .png); for a body image also a path safe-url refuses (`..`, a
 * query). An error at the lead image's image: line or at the body image's line, with the fix. Each file is
 * looked at once however often it is shown.
 */
export async function checkContentImages(uses: readonly ImageUse[], contentDir: string): Promise<Diagnostic[]> {
  const verdicts = new Map<string, Promise<PictureProblem | undefined>>();
  const verdict = (relative: string) => {
    let found = verdicts.get(relative);
    if (!found) verdicts.set(relative, (found = pictureProblem(contentDir, relative)));
    return found;
  };
  const found = await mapLimited(uses, 32, async (use): Promise<Diagnostic[]> => {
    const problem = await useProblem(use, verdict);
    if (problem === undefined) return [];
    const line = await useLine(use, contentDir);
    return [{ file: use.file, line, column: 1, field: use.field, severity: "error", ...problem }];
  });
  return found.flat();
}

type Verdict = (relative: string) => Promise<PictureProblem | undefined>;

async function useProblem(use: ImageUse, verdict: Verdict): Promise<PictureProblem | undefined> {
  // Lead images passed checkImageReference in validation (the article would not exist otherwise).
  if (use.field === "body") {
    if (use.written.trim() === "") {
      return { message: "an image has no path", suggestion: "write ![what the picture shows](images/harbour.jpg)" };
    }
    const checked = checkImageReference(use.written);
    if (!checked.ok) return { message: `image ${use.written} ${checked.reason}`, suggestion: checked.fix };
  }
  return verdict(contentImagePath(use.written));
}

/** The line a picture is shown at: a body image's own, a lead image's image: line (1 should the file have changed). */
export async function useLine(use: ImageUse, contentDir: string): Promise<number> {
  if (use.line !== undefined) return use.line;
  const read = await readContentFile(contentDir, use.file);
  if (!read.ok) return 1;
  const index = read.bytes
    .toString("utf8")
    .split("\n")
    .findIndex((text) => /^image\s*:/.test(text));
  return index < 0 ? 1 : index + 1;
}
