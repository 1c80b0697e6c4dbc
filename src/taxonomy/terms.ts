import type { Article } from "../model/article.ts";
import { TAXONOMIES, type Entity, type TaxonomyKind } from "../model/entity.ts";

/** An entity with the articles filed under it, newest first. */
export interface Term {
  readonly entity: Entity;
  readonly articles: readonly Article[];
}

/**
 * Groups articles (already newest first) by each entity they name, one pass over the list.
 * Terms are ordered by article count, then name.
 */
export function groupTerms(articles: readonly Article[]): Record<TaxonomyKind, Term[]> {
  const groups = Object.fromEntries(
    TAXONOMIES.map((k) => [k, new Map<string, { entity: Entity; articles: Article[] }>()]),
  ) as Record<TaxonomyKind, Map<string, { entity: Entity; articles: Article[] }>>;
  for (const article of articles) {
    for (const kind of TAXONOMIES) {
      for (const entity of article[kind]) {
        const group = groups[kind].get(entity.slug) ?? { entity, articles: [] };
        group.articles.push(article);
        groups[kind].set(entity.slug, group);
      }
    }
  }
  return Object.fromEntries(
    TAXONOMIES.map((kind) => [kind, [...groups[kind].values()].sort(byCountThenName)]),
  ) as unknown as Record<TaxonomyKind, Term[]>;
}

/** Most articles first, then alphabetical. */
export function byCountThenName(a: Term, b: Term): number {
  return b.articles.length - a.articles.length || a.entity.name.localeCompare(b.entity.name, "en");
}
