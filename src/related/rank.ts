import type { Article } from "../content/article.ts";
import { TAXONOMIES, entityKey, type Entity } from "../taxonomy/entity.ts";

/** A related article and what it shares with the one it is shown on. */
export interface RelatedItem {
  readonly article: Article;
  readonly score: number;
  /** The shared entities, rarest first; empty for a topic fallback. */
  readonly shared: readonly Entity[];
}

/** Ranking options. */
export interface RelatedOptions {
  /** How many related articles an article gets. */
  readonly limit: number;
  /** Entities on more than this share of articles are too common to relate by (they would touch every page). */
  readonly maxShare: number;
}

const DEFAULTS: RelatedOptions = { limit: 5, maxShare: 0.5 };

/**
 * Related articles for every article, ranked by shared entities weighted by rarity (idf = ln(N / df)),
 * newer first on ties, then by path. Built from an inverted index: each article only visits articles that share
 * an entity with it, and entities on most articles are pruned. With nothing shared it falls back to the latest
 * articles of the same topic. Returns a map from article path to its list.
 */
export function rankRelated(articles: readonly Article[], options: Partial<RelatedOptions> = {}): Map<string, RelatedItem[]> {
  const { limit, maxShare } = { ...DEFAULTS, ...options };
  const n = articles.length;
  const postings = new Map<string, number[]>();
  const entityOf = new Map<string, Entity>();
  articles.forEach((article, i) => {
    for (const kind of TAXONOMIES) {
      for (const entity of article[kind]) {
        const key = entityKey(entity);
        entityOf.set(key, entity);
        const list = postings.get(key);
        if (list) list.push(i);
        else postings.set(key, [i]);
      }
    }
  });
  const weight = new Map<string, number>();
  for (const [key, list] of postings) {
    if (list.length > 1 && list.length <= Math.max(2, maxShare * n)) weight.set(key, Math.log(n / list.length));
  }

  const result = new Map<string, RelatedItem[]>();
  articles.forEach((article, i) => {
    const scores = new Map<number, { score: number; shared: string[] }>();
    const keys = TAXONOMIES.flatMap((kind) => article[kind].map(entityKey));
    for (const key of keys) {
      const w = weight.get(key);
      if (w === undefined) continue;
      for (const j of postings.get(key)!) {
        if (j === i) continue;
        const entry = scores.get(j) ?? { score: 0, shared: [] };
        entry.score += w;
        entry.shared.push(key);
        scores.set(j, entry);
      }
    }
    let ranked: RelatedItem[] = [...scores]
      .map(([j, { score, shared }]) => ({
        article: articles[j]!,
        score,
        shared: shared.sort((a, b) => weight.get(b)! - weight.get(a)! || (a < b ? -1 : 1)).map((k) => entityOf.get(k)!),
      }))
      .sort(byScore)
      .slice(0, limit);
    if (ranked.length === 0) ranked = topicFallback(articles, i, postings, limit);
    result.set(article.path, ranked);
  });
  return result;
}

function byScore(a: RelatedItem, b: RelatedItem): number {
  return (
    b.score - a.score ||
    b.article.date.toMillis() - a.article.date.toMillis() ||
    (a.article.path < b.article.path ? -1 : a.article.path > b.article.path ? 1 : 0)
  );
}

// The latest other articles filed under any of this article's topics, even common ones.
function topicFallback(articles: readonly Article[], i: number, postings: Map<string, number[]>, limit: number): RelatedItem[] {
  const seen = new Set<number>([i]);
  const picked: number[] = [];
  for (const topic of articles[i]!.topics) {
    for (const j of postings.get(entityKey(topic)) ?? []) {
      if (!seen.has(j)) {
        seen.add(j);
        picked.push(j);
      }
    }
  }
  return picked
    .map((j) => ({ article: articles[j]!, score: 0, shared: [] }))
    .sort(byScore)
    .slice(0, limit);
}
