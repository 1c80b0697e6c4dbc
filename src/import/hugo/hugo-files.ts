import { posix } from "node:path";
import { siteEntries } from "../source-links.ts";

/** A content file of a Hugo site: where it is and what Hugo makes of its place. */
export interface HugoFile {
  /** Path from the site's folder: "content/posts/2024/takedown.md", "content/posts/raid/index.md". */
  readonly rel: string;
  readonly kind: "article" | "page";
  /** The folders between content/ and the file (a bundle's own folder not counted): ["posts", "2024"]. */
  readonly dirs: readonly string[];
  /** The file name without extension, or a page bundle's folder name. */
  readonly name: string;
  /** A page bundle (dir/index.md): its folder holds its images. */
  readonly bundle: boolean;
}

const TEXT = /\.(?:md|markdown|html?)$/i;

/** Every page of content/: under a section an article, at the root (a file or a bundle) a page. _index files are lists, not pages. */
export function listHugoFiles(dir: string): HugoFile[] {
  return siteEntries(dir, "content")
    .files.filter((rel) => TEXT.test(rel) && !/^_index\./i.test(posix.basename(rel)))
    .map((rel) => {
      const parts = rel.split("/").slice(1);
      const file = parts.at(-1)!;
      const bundle = /^index\./i.test(file) && parts.length > 1;
      const dirs = parts.slice(0, bundle ? -2 : -1);
      const name = bundle ? parts.at(-2)! : file.replace(/\.[^.]+$/, "");
      return { rel, kind: dirs.length === 0 ? ("page" as const) : ("article" as const), dirs, name, bundle };
    })
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
