import type { Article } from "../src/model/article.ts";
import { labelledQuality, type LabelledQuality } from "../src/related/metrics.ts";
import { relatedRanking } from "../src/related/relate.ts";
import type { RelatedWeights } from "../src/related/weights.ts";
import type { TaxonomyWeights } from "../src/model/related-settings.ts";

/** A way of ranking to measure: a name and the weights that make it. */
export interface RankingVariant {
  readonly name: string;
  readonly weights: Partial<RelatedWeights>;
}

/**
 * The variants the benchmark compares: each part of the score alone (a shared actor, malware family or CVE counts
 * as an entity), the full score, the score without entities, and without the identity share alone.
 */
export const RANKING_VARIANTS: readonly RankingVariant[] = [
  { name: "(a) shared entities only, rarity-weighted", weights: { entity: 1, text: 0, time: 0 } },
  { name: "(b) text only", weights: { entity: 0, text: 1, identity: 0, time: 0 } },
  { name: "(c) full score", weights: {} },
  { name: "ablation: (c) without entities", weights: { entity: 0, identity: 0 } },
  { name: "ablation: (c) without the identity share", weights: { identity: 0 } },
];

/**
 * Precision@3 and nDCG@5 of each variant on a labelled archive (slug → story): an article's relevant articles
 * are the others of its story. Editor steering plays no part: this measures the ranking.
 */
export function measureVariants(
  articles: readonly Article[],
  labels: ReadonlyMap<string, string>,
  taxonomies: TaxonomyWeights,
  variants: readonly RankingVariant[] = RANKING_VARIANTS,
): { readonly variant: RankingVariant; readonly quality: LabelledQuality }[] {
  const slugOf = new Map(articles.map((a) => [a.path, a.slug]));
  return variants.map((variant) => {
    const lists = relatedRanking(articles, { ...variant.weights, taxonomies }, 5);
    const bySlug = new Map(
      [...lists].map(([path, related]) => [slugOf.get(path)!, related.map((p) => slugOf.get(p)!)]),
    );
    return { variant, quality: labelledQuality(bySlug, labels) };
  });
}
