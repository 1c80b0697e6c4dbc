import type { Article } from "../content/article.ts";
import { cooccurrence, type CoEntity } from "./cooccurrence.ts";
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
  ranked.forEach((pairs, doc) => {
    const article = index.articles[doc]!;
    const thread = storyThread(index, doc, pairs);
    if (thread) threads.set(article.path, thread.map((other) => ({ article: index.articles[other]!, current: other === doc })));
    const inThread = new Set(thread);
    const shown = pairs.filter((pair) => pair.pinned || !inThread.has(pair.doc));
    const pinned = shown.filter((pair) => pair.pinned).length;
    related.set(
      article.path,
      shown.slice(0, Math.max(w.limit, pinned)).map((pair) => {
        const explanation = explainer.explain(doc, pair.doc, pair.pinned);
        return { article: index.articles[pair.doc]!, score: pair.score, explanation, why: explanationText(explanation) };
      }),
    );
  });
  return { related, threads, together: cooccurrence(index.articles, w.togetherMinCount, w.togetherLimit) };
}

/** The plain ranking, no editor steering and no timelines: each article path's `count` best related paths. For measuring. */
export function relatedRanking(articles: readonly Article[], overrides: Partial<RelatedWeights> = {}, count = 5): Map<string, string[]> {
  const index = buildRelatedIndex(articles, relatedWeights(overrides));
  const ranked = rankAll(index, count);
  return new Map(ranked.map((pairs, doc) => [index.articles[doc]!.path, pairs.map((pair) => index.articles[pair.doc]!.path)]));
}

