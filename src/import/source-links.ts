import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Why a link in a site's folder is passed over, for the report's skipped list. */
export const LINK_SKIPPED =
  "a link, not followed: import reads only the site's own files (one could lead anywhere on the machine) — put the file itself there";

/**
 * The links (symbolic) under `rel` of a site's folder, by path from it ("_posts/2021-11-01-leak.md"): the listers
 * pass them over, and the importer reports each so a post kept as a link is not lost without a word.
 */
export function linksUnder(dir: string, rel: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(dir, rel), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    if (e.name.startsWith(".")) return [];
    const path = `${rel}/${e.name}`;
    return e.isSymbolicLink() ? [path] : e.isDirectory() ? linksUnder(dir, path) : [];
  });
}
