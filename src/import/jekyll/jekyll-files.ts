import { readdirSync } from "node:fs";
import { posix } from "node:path";
import { siteEntries } from "../source-links.ts";

/** A file of a Jekyll site that may be an article or a page, by its path from the site's folder. */
export interface JekyllFile {
  readonly rel: string;
  readonly kind: "post" | "draft" | "page";
}

const TEXT = /\.(?:md|markdown|mkdn|mkd|html)$/i;
/** A post's file name: its date, then the title part, then the extension. */
export const POST_NAME = /^(\d{4})-(\d{1,2})-(\d{1,2})-(.+?)\.[^.]+$/;
const NOT_PAGES = /^(?:index|404|readme|changelog|license)\./i;

/** The posts (_posts/**), drafts (_drafts/*) and top-level pages of a Jekyll site, sorted by path. */
export function listJekyllFiles(dir: string): JekyllFile[] {
  const posts = walk(dir, "_posts").filter((rel) => POST_NAME.test(posix.basename(rel)));
  const drafts = walk(dir, "_drafts");
  const pages = entries(dir)
    .filter((e) => e.isFile() && TEXT.test(e.name) && !NOT_PAGES.test(e.name))
    .map((e) => e.name);
  return [
    ...posts.map((rel) => ({ rel, kind: "post" as const })),
    ...drafts.map((rel) => ({ rel, kind: "draft" as const })),
    ...pages.map((rel) => ({ rel, kind: "page" as const })),
  ].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

// The text files under a folder of the site, links not followed (see siteEntries).
function walk(dir: string, rel: string): string[] {
  return siteEntries(dir, rel).files.filter((path) => TEXT.test(path));
}

function entries(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}
