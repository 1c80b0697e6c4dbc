import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { slugify } from "../../model/slug.ts";
import { fieldLine } from "../field-line.ts";
import type { ImportContext } from "../imported.ts";
import { readSourceFile } from "../read-front-matter.ts";
import { readSourceDate } from "../source-date.ts";
import { isTrue, stringField, stringList } from "../source-fields.ts";
import type { HugoConfig } from "./hugo-config.ts";
import type { HugoFile } from "./hugo-files.ts";
import { hugoAlias, hugoPath } from "./hugo-permalink.ts";

const DATE_KEYS = ["date", "publishDate", "pubdate", "published"];

/** A Hugo page read in the first pass: enough to claim its address and convert it later. */
export interface HugoItem {
  readonly key: string;
  readonly file: HugoFile;
  readonly data: Record<string, unknown>;
  readonly body: string;
  readonly bodyLine: number;
  /** The line of the lead image's front-matter field (image or images). */
  readonly leadLine: number;
  readonly title: string;
  readonly date?: DateTime;
  readonly updated?: DateTime;
  readonly draft: boolean;
  readonly slug: string;
  /** Old site paths: the page's own first, then its aliases. */
  readonly oldPaths: readonly string[];
}

/**
 * Reads one content file: front-matter (YAML, TOML or JSON; unreadable is reported and the file skipped), title,
 * date (date, else publishDate; a date without offset in the site's zone), lastmod as updated when later, draft,
 * the new slug (front-matter slug, else the file or bundle name) and the old addresses (url or permalink, aliases).
 */
export function readHugoItem(
  dir: string,
  file: HugoFile,
  config: HugoConfig,
  ctx: ImportContext,
): HugoItem | undefined {
  const text = readFileSync(join(dir, file.rel), "utf8");
  const read = readSourceFile(text, file.rel, ctx);
  if (!read.ok) {
    ctx.report.skipped(file.kind, file.rel, read.why);
    return undefined;
  }
  const data = read.data;
  const zone = config.timeZone ?? ctx.zone;
  const title = stringField(data["title"]) ?? file.name;
  const written = DATE_KEYS.map((k) => readSourceDate(data[k], zone)).find(Boolean);
  // Some themes write `published: true`; only a written value that is not a date is worth a warning.
  const unreadable = DATE_KEYS.find((k) => typeof data[k] === "string" && !readSourceDate(data[k], zone));
  if (unreadable && file.kind === "article") {
    const message = `${unreadable} ${JSON.stringify(data[unreadable])} is not a date and is not used`;
    ctx.report.problem({
      file: file.rel,
      line: fieldLine(text, unreadable),
      column: 1,
      field: unreadable,
      severity: "warning",
      message,
    });
  }
  const date =
    file.kind === "page" ? undefined : (written ?? DateTime.fromJSDate(statSync(join(dir, file.rel)).mtime, { zone }));
  const lastmod = readSourceDate(data["lastmod"] ?? data["modified"], zone);
  const slug = stringField(data["slug"]);
  const url = stringField(data["url"]);
  const own = hugoPath(
    { file, title, ...(date ? { date } : {}), ...(slug ? { slug } : {}), ...(url ? { url } : {}) },
    config,
  );
  const aliases = stringList(data["aliases"]).map((a) => hugoAlias(a, own));
  return {
    key: `hugo:${file.rel}`,
    file,
    data,
    body: read.body,
    bodyLine: read.bodyLine,
    leadLine: fieldLine(text, data["image"] !== undefined ? "image" : "images"),
    title,
    ...(date ? { date } : {}),
    ...(date && lastmod && lastmod > date ? { updated: lastmod } : {}),
    draft: isTrue(data["draft"]),
    slug: slugify(slug ?? file.name),
    oldPaths: [...new Set([own, ...aliases])],
  };
}
