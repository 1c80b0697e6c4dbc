import { posix } from "node:path";
import type { LocateImage } from "./body-images.ts";
import type { ImportContext, ImportedDoc } from "./imported.ts";
import { stringField, stringList } from "./source-fields.ts";

/**
 * The lead image front-matter names (Jekyll themes' `image:` as a path or { path }, Hugo's `images:` list), placed
 * on the shelf beside the body's images, with `image_alt` (or the { alt } of Jekyll's form; "" when none is
 * written, for an editor to fill). Reported missing when the source lacks it; undefined for another host's image.
 */
export function leadImage(
  data: Record<string, unknown>,
  at: { readonly source: string; readonly folder: string },
  locate: LocateImage,
  ctx: ImportContext,
): ImportedDoc["image"] {
  const raw = data["image"];
  const object = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  const src = object ? stringField(object["path"]) : (stringField(raw) ?? stringList(data["images"])[0]);
  if (!src) return undefined;
  const file = locate(src);
  if (file === undefined) return undefined;
  const path = ctx.images.place(file, posix.join(at.folder, posix.basename(file)));
  if (path === undefined) {
    ctx.report.imageMissing({ source: at.source, line: 1, detail: `lead image ${src} is not in the source` });
    return undefined;
  }
  return { path, alt: stringField(data["image_alt"]) ?? stringField(object?.["alt"]) ?? "" };
}
