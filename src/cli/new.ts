import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { DateTime } from "luxon";
import { parseContentDate } from "../content/dates.ts";
import { loadContent } from "../content/load.ts";
import { newArticlePath, newArticleText } from "../content/new-article.ts";
import { CONTENT_OPTIONS, UsageError, parseOptions } from "./args.ts";

/** `newsdesk new "Title"`: writes a new article with every field filled in and prints its path. */
export async function newArticle(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { ...CONTENT_OPTIONS, date: { type: "string" } }, true);
  const title = positionals.join(" ").trim();
  if (title === "") throw new UsageError('give the title: newsdesk new "Headline of the story"');
  const contentDir = resolve(values.content);
  const { site } = await loadContent({ contentDir, now: DateTime.now(), render: false });
  let date: DateTime = DateTime.now().setZone(site.timezone).startOf("second");
  if (values.date) {
    const parsed = parseContentDate(values.date, site.timezone);
    if (!parsed.ok) throw new UsageError(`--date: ${parsed.message}; ${parsed.suggestion}`);
    date = parsed.value;
  }
  const relativePath = newArticlePath(title, date);
  const path = join(contentDir, relativePath);
  if (existsSync(path)) {
    console.error(`${join(values.content, relativePath)} already exists; nothing was written. Choose another title or edit that file.`);
    return 1;
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, newArticleText(title, date), { flag: "wx" });
  console.log(join(values.content, relativePath));
  return 0;
}
