import { posix } from "node:path";
import type { LocateImage } from "./body-images.ts";
import type { ImportContext, ImportedDoc } from "./imported.ts";
import { stringField, stringList } from "./source-fields.ts";

/**
 * The lead image front-matter names (Jekyll themes' `image:` as a path or { path }, Hugo's `images:` list), placed
 * on the shelf beside the body's images, with its text alternative (`image_alt`, or the { alt } of Jekyll's form).
 * Without one it is not taken (newsdesk requires image_alt with image) and a warning says so; reported missing
 * when the source lacks the file; undefined for another host's image.
 */
export function leadImage(
  data: Record<string, unknown>,
  at: { readonly source: string; readonly folder: string; readonly line: number },
  locate: LocateImage,
  ctx: ImportContext,
): ImportedDoc["image"] {
  const raw = data["image"];
  const object = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  const src = object ? stringField(object["path"]) : (stringField(raw) ?? stringList(data["images"])[0]);
  if (!src) return undefined;
  const file = locate(src);
  if (file === undefined) return undefined;
  const alt = stringField(data["image_alt"]) ?? stringField(object?.["alt"]);
  if (alt === undefined) {
    const message = `lead image ${src} has no text alternative (image_alt): not imported; add image and image_alt by hand`;
    ctx.report.problem({ file: at.source, line: at.line, column: 1, field: "image", severity: "warning", message });
    return undefined;
  }
  const path = ctx.images.place(file, posix.join(at.folder, posix.basename(file)));
  if (path === undefined) {
    ctx.report.imageMissing({ source: at.source, line: at.line, detail: `lead image ${src} is not in the source` });
    return undefined;
  }
  return { path, alt };
}
