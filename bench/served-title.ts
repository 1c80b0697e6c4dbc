import { load } from "cheerio";
import type { EditKind } from "./serve-edits.ts";

/**
 * The title a served page shows for an article: an article page's `<h1>`, or on the home page the text of the first
 * non-empty link to the article's path; undefined when the page has none.
 */
export function servedTitle(kind: EditKind, html: string, articlePath: string): string | undefined {
  const $ = load(html);
  const texts =
    kind === "article"
      ? $("h1").map((_, e) => $(e).text())
      : $("a")
          .filter((_, e) => $(e).attr("href") === articlePath)
          .map((_, e) => $(e).text());
  return texts
    .get()
    .map((text) => text.trim().replace(/\s+/g, " "))
    .find((text) => text !== "");
}
