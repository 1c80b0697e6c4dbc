import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Why a link in a site's folder is passed over, for the report's skipped list. */
export const LINK_SKIPPED =
  "a link, not followed: import reads only the site's own files (one could lead anywhere on the machine) — put the file itself there";

/** What a site folder holds under `rel`, by path from the folder: its regular files, and the links it passes over. */
export interface SiteEntries {
  readonly files: readonly string[];
  readonly links: readonly string[];
}

/**
 * Walks `rel` of a site's folder (hidden entries skipped, links never followed): the listers take its files, and
 * the importers report its links, so a post kept as a link is not lost without a word. A missing folder is empty.
 */
export function siteEntries(dir: string, rel: string): SiteEntries {
  let entries;
  try {
    entries = readdirSync(join(dir, rel), { withFileTypes: true });
  } catch {
    return { files: [], links: [] };
  }
  const files: string[] = [];
  const links: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const path = `${rel}/${e.name}`;
    if (e.isSymbolicLink()) links.push(path);
    else if (e.isDirectory()) {
      const below = siteEntries(dir, path);
      files.push(...below.files);
      links.push(...below.links);
    } else if (e.isFile()) files.push(path);
  }
  return { files, links };
}

/** The links under `rel` of a site's folder ("_posts/2021-11-01-leak.md"). */
export function linksUnder(dir: string, rel: string): readonly string[] {
  return siteEntries(dir, rel).links;
}
