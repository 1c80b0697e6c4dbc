import { articleFinder } from "../content/article-references.ts";
import type { ArticleReference } from "../model/article.ts";
import type { Steering } from "./rank.ts";
import type { RelatedIndex } from "./related-index.ts";

/**
 * Each document's editor steering from front-matter related / related_exclude, as document numbers. A name
 * that finds no published article (a draft, or a slug shared by two: the check reports those) is skipped.
 */
export function steeringFor(index: RelatedIndex): ((doc: number) => Steering | undefined) | undefined {
  if (!index.articles.some((a) => a.related?.length || a.relatedExclude?.length)) return undefined;
  const find = articleFinder(index.articles);
  const docsOf = (references: readonly ArticleReference[] | undefined) =>
    (references ?? []).flatMap(({ value }) => {
      const found = find(value);
      return found.length === 1 ? [index.byPath.get(found[0]!.path)!] : [];
    });
  return (doc) => {
    const article = index.articles[doc]!;
    if (!article.related?.length && !article.relatedExclude?.length) return undefined;
    return { pinned: docsOf(article.related), excluded: new Set(docsOf(article.relatedExclude)) };
  };
}
