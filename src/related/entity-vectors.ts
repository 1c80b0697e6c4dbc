import type { Article } from "../content/article.ts";
import { TAXONOMIES, type Entity } from "../taxonomy/entity.ts";
import { EntityNumbering } from "./entity-numbering.ts";
import { SparseVectorsBuilder, type SparseVectors } from "./sparse.ts";
import { idf } from "./vectors.ts";
import type { TaxonomyWeights } from "./weights.ts";

/** Every article's entity vector, the entity each id stands for, and each entity's articles in date order. */
export interface EntityVectors {
  readonly vectors: SparseVectors;
  readonly entities: readonly Entity[];
  readonly postings: readonly Int32Array[];
}

/**
 * Entity vectors: each agency, outlet, country and topic an article is filed under weighs its taxonomy's weight
 * × idf, so a rare agency says more than a country on half the archive; a taxonomy weighted 0 is ignored.
 * Documents are visited in date order (`byDate`), so each entity's list comes out sorted by date.
 */
export function buildEntityVectors(articles: readonly Article[], taxonomies: TaxonomyWeights, byDate: readonly number[]): EntityVectors {
  const numbering = new EntityNumbering();
  const kinds = TAXONOMIES.filter((kind) => taxonomies[kind] > 0);
  const lists: number[][] = [];
  const perArticle: number[][] = [];
  for (const doc of byDate) {
    const mine = numbering.numbersOf(articles[doc]!, kinds);
    for (const id of mine) (lists[id] ??= []).push(doc);
    perArticle[doc] = mine;
  }
  const entities = numbering.entities;
  const n = articles.length;
  const builder = new SparseVectorsBuilder(Infinity);
  for (const mine of perArticle) builder.push(mine, mine.map((id) => taxonomies[entities[id]!.kind] * idf(n, lists[id]!.length)));
  return { vectors: builder.finish(), entities, postings: lists.map((list) => Int32Array.from(list)) };
}
