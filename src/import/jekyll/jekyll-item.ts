import { readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { DateTime } from "luxon";
import { slugify } from "../../model/slug.ts";
import { fieldLine } from "../field-line.ts";
import type { ImportContext } from "../imported.ts";
import { readSourceFile } from "../read-front-matter.ts";
import { readSourceDate } from "../source-date.ts";
import { isFalse, stringField, stringList } from "../source-fields.ts";
import type { JekyllConfig } from "./jekyll-config.ts";
import { POST_NAME, type JekyllFile } from "./jekyll-files.ts";
import { jekyllPagePath, jekyllPostPath } from "./jekyll-permalink.ts";

/** A Jekyll post, draft or page read in the first pass: enough to claim its address and convert it later. */
export interface JekyllItem {
  readonly key: string;
  readonly file: JekyllFile;
  readonly kind: "article" | "page";
  readonly data: Record<string, unknown>;
  readonly body: string;
  readonly bodyLine: number;
  /** The line of the lead image's front-matter field (image or images). */
  readonly leadLine: number;
  readonly title: string;
  readonly date?: DateTime;
  readonly draft: boolean;
  readonly link?: string;
  readonly slug: string;
  /** Old site paths, baseurl included: the permalink first, then redirect_from. */
  readonly oldPaths: readonly string[];
}

/**
 * Reads one file: front-matter (repaired or reported), title (front-matter, else the file name's words), date
 * (front-matter, else the file name's, in the site's zone; a draft's file time), old addresses. A file whose
 * front-matter cannot be read is reported skipped; a top-level file without front-matter and title is not a page.
 */
export function readJekyllItem(
  dir: string,
  file: JekyllFile,
  config: JekyllConfig,
  ctx: ImportContext,
): JekyllItem | undefined {
  const kind = file.kind === "page" ? "page" : "article";
  const text = readFileSync(join(dir, file.rel), "utf8");
  const read = readSourceFile(text, file.rel, ctx);
  if (!read.ok) {
    ctx.report.skipped(kind, file.rel, read.why);
    return undefined;
  }
  const data = read.data;
  const base = posix.basename(file.rel);
  const named = POST_NAME.exec(base);
  const name = named?.[4] ?? base.replace(/\.[^.]+$/, "");
  const title = stringField(data["title"]) ?? (kind === "article" ? titleize(name) : undefined);
  if (kind === "page" && (read.format === "none" || !title)) return undefined;
  const zone = config.timezone ?? ctx.zone;
  const date = kind === "page" ? undefined : dateOf(data["date"], named, zone, join(dir, file.rel));
  if (date && data["date"] !== undefined && !readSourceDate(data["date"], zone)) {
    const message = `date ${JSON.stringify(data["date"])} is not a date: the file name's date (or the file's time) is used`;
    ctx.report.problem({
      file: file.rel,
      line: fieldLine(text, "date"),
      column: 1,
      field: "date",
      severity: "warning",
      message,
    });
  }
  const redirect = stringList(data["redirect_to"])[0];
  const own = stringField(data["permalink"]);
  const path = date
    ? jekyllPostPath(own ?? config.permalink, {
        date: date.setZone(zone),
        name,
        ...(stringField(data["slug"]) ? { slug: stringField(data["slug"])! } : {}),
        categories: [...stringList(data["categories"], true), ...stringList(data["category"])],
      })
    : jekyllPagePath(config.permalink, file.rel, own);
  const redirects = stringList(data["redirect_from"]).map(
    (p) => `${config.baseurl}${p.startsWith("/") ? "" : "/"}${p}`,
  );
  return {
    key: `jekyll:${file.rel}`,
    file,
    kind,
    data,
    body: read.body,
    bodyLine: read.bodyLine,
    leadLine: fieldLine(text, data["image"] !== undefined ? "image" : "images"),
    title: title ?? name,
    ...(date ? { date } : {}),
    draft: file.kind === "draft" || isFalse(data["published"]),
    ...(redirect && /^https?:\/\//i.test(redirect) ? { link: redirect } : {}),
    slug: slugify(name),
    oldPaths: [...new Set([`${config.baseurl}${path}`, ...redirects])],
  };
}

// Jekyll's title for a post without one: the file name's words, each capitalised.
function titleize(name: string): string {
  return name
    .split("-")
    .filter((w) => w !== "")
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(" ");
}

function dateOf(written: unknown, named: RegExpExecArray | null, zone: string, path: string): DateTime {
  const fromMatter = readSourceDate(written, zone);
  if (fromMatter) return fromMatter;
  if (named) {
    const fromName = readSourceDate(`${named[1]}-${named[2]}-${named[3]}`, zone);
    if (fromName) return fromName;
  }
  return DateTime.fromJSDate(statSync(path).mtime, { zone });
}
