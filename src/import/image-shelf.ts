import { existsSync, lstatSync } from "node:fs";
import { join } from "node:path";

/** An image to copy into the content folder: from a file of the source, to a content-relative path. */
export interface PlacedImage {
  readonly from: string;
  readonly to: string;
}

/**
 * Where imported images go: content/images/<preferred path>, with -2, -3… before the extension when another
 * source file, or a file the import did not write, already has that name. The same source file always gets the
 * same place, so a body that names it twice, or a second run, writes one copy.
 */
export class ImageShelf {
  private readonly bySource = new Map<string, string>();
  private readonly targets = new Map<string, string>();

  /**
   * @param contentDir the content folder being written
   * @param writtenFrom the source file the manifest says an earlier run copied to a content path, if any
   */
  constructor(
    private readonly contentDir: string,
    private readonly writtenFrom: (to: string) => string | undefined = () => undefined,
  ) {}

  /**
   * Places `from` (an absolute path) at images/`preferred` ("2019/05/chart.png": forward slashes, no "..") and
   * returns the content-relative path to write in the body, or undefined when `from` is not a regular file (a link
   * is not followed: a source folder's link could lead to any file of the machine).
   */
  place(from: string, preferred: string): string | undefined {
    const known = this.bySource.get(from);
    if (known) return known;
    if (!isFile(from)) return undefined;
    const clean =
      preferred
        .split("/")
        .filter((s) => s !== "" && s !== "." && s !== "..")
        .join("/") || "image";
    const dot = clean.lastIndexOf(".");
    const [stem, ext] = dot > clean.lastIndexOf("/") + 1 ? [clean.slice(0, dot), clean.slice(dot)] : [clean, ""];
    let to = `images/${clean}`;
    for (let n = 2; !this.free(to, from); n++) to = `images/${stem}-${n}${ext}`;
    this.bySource.set(from, to);
    this.targets.set(to, from);
    return to;
  }

  /** Every image placed so far, in the order placed. */
  placed(): PlacedImage[] {
    return [...this.targets].map(([to, from]) => ({ from, to }));
  }

  private free(to: string, from: string): boolean {
    const holder = this.targets.get(to);
    if (holder !== undefined) return holder === from;
    if (!existsSync(join(this.contentDir, to))) return true;
    return this.writtenFrom(to) === from;
  }
}

function isFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}
