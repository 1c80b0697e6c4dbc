import type { Article } from "../model/article.ts";
import { TAXONOMIES } from "../model/entity.ts";
import { cooccurrence, cooccurrenceOf, type CoEntity } from "./cooccurrence.ts";
import { createExplainer, explanationText, type Explanation } from "./explain.ts";
import { rankAll } from "./rank.ts";
import { buildRelatedIndex } from "./related-index.ts";
import { steeringFor } from "./steering.ts";
import { storyThread } from "./threads.ts";
import { relatedWeights, type RelatedWeights } from "./weights.ts";

/** A related article as its page shows it. */
export interface RelatedItem {
  readonly article: Article;
  readonly score: number;
  readonly explanation: Explanation;
  /** The explanation as one line: "Shared: Europol, Amaq · 5 days later". */
  readonly why: string;
}

/** One article of a story timeline. */
export interface ThreadEntry {
  readonly article: Article;
  /** The article whose page shows the timeline. */
  readonly current: boolean;
}

/** The related phase's output for the site model, keyed by article path and by entityKey. */
export interface RelatedData {
  readonly related: ReadonlyMap<string, readonly RelatedItem[]>;
  /** Story timelines, oldest first, for articles with at least two close follow-ups or predecessors. */
  readonly threads: ReadonlyMap<string, readonly ThreadEntry[]>;
  /** "Often together with" for each entity. */
  readonly together: ReadonlyMap<string, readonly CoEntity[]>;
}

/**
 * The related phase, once per build: related articles (pinned first, thread members left to the timeline),
 * story threads and co-occurring entities. `overrides` change weights (site.yaml's taxonomy weights).
 */
export function relateArticles(articles: readonly Article[], overrides: Partial<RelatedWeights> = {}): RelatedData {
  const w = relatedWeights(overrides);
  const index = buildRelatedIndex(articles, w);
  const ranked = rankAll(index, w.limit + w.threadSize, steeringFor(index));
  const explainer = createExplainer(index);
  const related = new Map<string, RelatedItem[]>();
  const threads = new Map<string, ThreadEntry[]>();
  for (let doc = 0; doc < index.articles.length; doc++) {
    const article = index.articles[doc]!;
    const thread = storyThread(index, doc, ranked);
    if (thread)
      threads.set(
        article.path,
        thread.map((other) => ({ article: index.articles[other]!, current: other === doc })),
      );
    const items: RelatedItem[] = [];
    for (let k = ranked.offsets[doc]!; k < ranked.offsets[doc + 1]!; k++) {
      const pinned = ranked.pinned[k] === 1;
      // Thread members are in the timeline above; pinned articles stay where the editor put them.
      if ((items.length >= w.limit && !pinned) || (!pinned && thread?.includes(ranked.docs[k]!))) continue;
      const explanation = explainer.explain(doc, ranked.docs[k]!, pinned);
      items.push({
        article: index.articles[ranked.docs[k]!]!,
        score: ranked.score[k]!,
        explanation,
        why: explanationText(explanation),
      });
    }
    related.set(article.path, items);
  }
  // The index has numbered every entity already, unless a taxonomy is weighted 0 and so left out of it.
  const together = TAXONOMIES.every((kind) => w.taxonomies[kind] > 0)
    ? cooccurrenceOf(
        index.entities.entities,
        index.entities.vectors.offsets,
        index.entities.vectors.ids,
        w.togetherMinCount,
        w.togetherLimit,
      )
    : cooccurrence(index.articles, w.togetherMinCount, w.togetherLimit);
  return { related, threads, together };
}

/** The plain ranking, no editor steering and no timelines: each article path's `count` best related paths. For measuring. */
export function relatedRanking(
  articles: readonly Article[],
  overrides: Partial<RelatedWeights> = {},
  count = 5,
): Map<string, string[]> {
  const index = buildRelatedIndex(articles, relatedWeights(overrides));
  const ranked = rankAll(index, count);
  return new Map(
    index.articles.map((article, doc) => [
      article.path,
      Array.from(
        ranked.docs.subarray(ranked.offsets[doc], ranked.offsets[doc + 1]),
        (other) => index.articles[other]!.path,
      ),
    ]),
  );
}
