import type { Article } from "../model/article.ts";
import { TAXONOMIES, type Entity } from "../model/entity.ts";
import { EntityNumbering } from "./entity-numbering.ts";
import { SparseVectorsBuilder, type SparseVectors } from "./sparse.ts";
import { idf } from "./vectors.ts";
import type { TaxonomyWeights } from "../model/related-settings.ts";

/** Every article's entity vector, the entity each id stands for, and each entity's articles in date order. */
export interface EntityVectors {
  readonly vectors: SparseVectors;
  readonly entities: readonly Entity[];
  readonly postings: readonly Int32Array[];
  /** Each entity's weight before an article's vector is made unit length: its taxonomy's weight × idf. */
  readonly entityWeights: Float64Array;
}

/**
 * Entity vectors: each agency, outlet, country and topic an article is filed under weighs its taxonomy's weight
 * × idf, so a rare agency says more than a country on half the archive; a taxonomy weighted 0 is ignored.
 * Documents are visited in date order (`byDate`), so each entity's list comes out sorted by date.
 */
export function buildEntityVectors(
  articles: readonly Article[],
  taxonomies: TaxonomyWeights,
  byDate: readonly number[],
): EntityVectors {
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
  // Every article's ids and weights in one block of each type, as the vector builder reads them.
  const weightOf = entities.map((entity, id) => taxonomies[entity.kind] * idf(n, lists[id]!.length));
  let total = 0;
  for (let doc = 0; doc < n; doc++) total += perArticle[doc]!.length;
  const ids = new Int32Array(total);
  const weights = new Float32Array(total);
  const builder = new SparseVectorsBuilder(Infinity);
  for (let doc = 0, at = 0; doc < n; doc++) {
    const mine = perArticle[doc]!;
    for (let k = 0; k < mine.length; k++) {
      ids[at + k] = mine[k]!;
      weights[at + k] = weightOf[mine[k]!]!;
    }
    builder.push(ids, weights, at, (at += mine.length));
  }
  return {
    vectors: builder.finish(),
    entities,
    postings: lists.map((list) => Int32Array.from(list)),
    entityWeights: Float64Array.from(weightOf),
  };
}
