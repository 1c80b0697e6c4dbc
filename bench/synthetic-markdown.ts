import type { Article } from "../src/model/article.ts";
import type { TaxonomyKind } from "../src/model/entity.ts";

const LISTS: readonly TaxonomyKind[] = ["agencies", "outlets", "countries", "topics"];

/**
 * One article as the Markdown file an editor would write: YAML front-matter (every string JSON-quoted, which
 * YAML reads as is) and the body. With its path, `articles/YYYY/slug.md`, it makes a content folder's file.
 */
export function articleMarkdown(article: Article): { readonly path: string; readonly text: string } {
  const quote = (text: string) => JSON.stringify(text);
  const lines = [
    "---",
    `title: ${quote(article.title)}`,
    `date: ${article.date.toISO({ suppressMilliseconds: true })}`,
    `slug: ${article.slug}`,
  ];
  if (article.summary) lines.push(`summary: ${quote(article.summary)}`);
  for (const kind of LISTS)
    if (article[kind].length > 0) lines.push(`${kind}: [${article[kind].map((e) => quote(e.name)).join(", ")}]`);
  if (article.authors.length > 0) lines.push(`author: [${article.authors.map(quote).join(", ")}]`);
  lines.push("---", "", article.body, "");
  return { path: `articles/${article.date.toFormat("yyyy")}/${article.slug}.md`, text: lines.join("\n") };
}
