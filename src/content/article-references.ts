import { closestName, nameKey } from "../taxonomy/names.ts";
import type { Article, ArticleReference } from "../model/article.ts";
import type { Diagnostic } from "../model/diagnostic.ts";

/** Finds the articles a front-matter reference names: by slug, or by path /YYYY/MM/slug/ (trailing slash optional). */
export function articleFinder(articles: readonly Article[]): (value: string) => readonly Article[] {
  const bySlug = new Map<string, Article[]>();
  const byPath = new Map<string, Article>();
  for (const a of articles) {
    const same = bySlug.get(a.slug);
    if (same) same.push(a);
    else bySlug.set(a.slug, [a]);
    byPath.set(a.path, a);
  }
  return (value) => {
    if (!value.startsWith("/")) return bySlug.get(value) ?? [];
    const found = byPath.get(value.endsWith("/") ? value : `${value}/`);
    return found ? [found] : [];
  };
}

/**
 * Checks every article's related and related_exclude: a reference that names no article is an error with a
 * did-you-mean over existing slugs; one that names two (a slug shared by two months) an error asking for the
 * path; one naming the article itself a warning. Drafts and scheduled articles count as existing.
 */
export function checkArticleReferences(articles: readonly Article[]): Diagnostic[] {
  const problems: Diagnostic[] = [];
  if (!articles.some((a) => a.related || a.relatedExclude)) return problems;
  const find = articleFinder(articles);
  let known: Map<string, string> | undefined;
  // Slugs by name key, for the did-you-mean of a reference that names no article.
  const slugs = () => (known ??= new Map(articles.map((a) => [nameKey(a.slug), a.slug])));
  for (const article of articles) {
    const fields: [string, readonly ArticleReference[] | undefined][] = [
      ["related", article.related],
      ["related_exclude", article.relatedExclude],
    ];
    for (const [field, references] of fields) {
      for (const { value, line, column } of references ?? []) {
        const at = { file: article.file, line, column, field };
        const found = find(value);
        if (found.length === 0) {
          const near = closestName(value.replace(/^\/\d{4}\/\d{2}\/|\/$/g, ""), slugs());
          problems.push({
            ...at,
            severity: "error",
            message: `'${value}' is not the slug of any article`,
            suggestion: near
              ? `did you mean '${near}'?`
              : "write the slug of an article: its file name, or its slug: field",
          });
        } else if (found.length > 1) {
          problems.push({
            ...at,
            severity: "error",
            message: `'${value}' is the slug of ${found.length} articles (${found.map((a) => a.path).join(", ")})`,
            suggestion: `write the path of the one you mean, e.g. ${found[0]!.path}`,
          });
        } else if (found[0] === article) {
          problems.push({
            ...at,
            severity: "warning",
            message: `'${value}' is this article itself and is ignored`,
            suggestion: `remove it from ${field}`,
          });
        }
      }
    }
  }
  return problems;
}
