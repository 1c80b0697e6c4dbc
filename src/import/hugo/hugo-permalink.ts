import { posix } from "node:path";
import type { DateTime } from "luxon";
import type { HugoConfig } from "./hugo-config.ts";
import type { HugoFile } from "./hugo-files.ts";

/** What a Hugo page's address is made of. */
export interface HugoPageFacts {
  readonly file: HugoFile;
  readonly title: string;
  readonly date?: DateTime;
  readonly slug?: string;
  /** Front-matter url: the whole path, as written. */
  readonly url?: string;
}

/**
 * A page's old path as Hugo made it: front-matter url as written; else the section's [permalinks] pattern; else
 * the content path with the slug (or file name) last. Hugo lowercases those two unless disablePathToLower is set.
 */
export function hugoPath(page: HugoPageFacts, config: HugoConfig): string {
  if (page.url) return page.url.startsWith("/") ? page.url : `/${page.url}`;
  const section = page.file.dirs[0];
  const pattern = section === undefined ? undefined : config.permalinks[section];
  const last = urlize(page.slug ?? page.file.name);
  const path = pattern
    ? fill(pattern, page)
    : config.uglyURLs
      ? `/${[...page.file.dirs, last].join("/")}.html`
      : `/${[...page.file.dirs, last].join("/")}/`;
  const clean = path.replace(/\/{2,}/g, "/");
  return config.lowerPaths ? clean.toLowerCase() : clean;
}

/** An alias as a site path: one without a leading slash is relative to the page's folder in the old site. */
export function hugoAlias(alias: string, oldPath: string): string {
  if (alias.startsWith("/")) return alias;
  const folder = oldPath.endsWith("/") ? posix.dirname(oldPath.slice(0, -1)) : posix.dirname(oldPath);
  return posix.join(folder, alias);
}

/** Hugo's urlize: spaces to hyphens, characters a path should not hold dropped. */
export function urlize(text: string): string {
  return text
    .trim()
    .replace(/\s+/g, "-")
    .replace(/[^\p{L}\p{N}\-_.~]/gu, "")
    .replace(/-{2,}/g, "-");
}

function fill(pattern: string, page: HugoPageFacts): string {
  const d = page.date;
  const dated = (format: string) => (d ? d.toFormat(format, { locale: "en" }) : "");
  const values: Record<string, string> = {
    year: dated("yyyy"),
    month: dated("MM"),
    monthname: dated("LLLL"),
    day: dated("dd"),
    weekday: d ? String(d.weekday % 7) : "",
    weekdayname: dated("cccc"),
    yearday: dated("o"),
    section: page.file.dirs[0] ?? "",
    sections: page.file.dirs.join("/"),
    title: urlize(page.title),
    slug: urlize(page.slug ?? page.title),
    slugorfilename: urlize(page.slug ?? page.file.name),
    slugorcontentbasename: urlize(page.slug ?? page.file.name),
    filename: urlize(page.file.name),
    contentbasename: urlize(page.file.name),
  };
  const names = Object.keys(values).sort((a, b) => b.length - a.length);
  const token = new RegExp(`:(${names.join("|")})`, "g");
  return pattern.replace(token, (_, name: string) => values[name]!);
}
