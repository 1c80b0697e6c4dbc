import type { Article } from "../model/article.ts";
import { buildEntityVectors, type EntityVectors } from "./entity-vectors.ts";
import { buildPostings, type Postings } from "./postings.ts";
import { createMentionRemover } from "./terms/mentions.ts";
import { buildTermVectors, type TermVectors } from "./vectors.ts";
import type { RelatedWeights } from "./weights.ts";

/**
 * Everything the related phase looks up, built once per build. Documents are numbered in URL order, so
 * "ties by smaller number" is "ties by URL" everywhere, whatever order the articles came in.
 */
export interface RelatedIndex {
  readonly articles: readonly Article[];
  /** Each article's date in days since 1970, for the time term. */
  readonly days: Float64Array;
  /** Each article's calendar day (in its own time zone) as a day number, for "5 days later". */
  readonly calendarDays: Int32Array;
  /** Each article's place in date order (ties by URL): entity lists are kept in this order. */
  readonly dateRank: Int32Array;
  readonly text: TermVectors;
  readonly textPostings: Postings;
  readonly entities: EntityVectors;
  readonly weights: RelatedWeights;
  /** Document number of each article path. */
  readonly byPath: ReadonlyMap<string, number>;
}

const DAY_MS = 86_400_000;
// Only a body's first bodyWords words are read; this many characters a word is room for them, links and markup
// included (news prose runs about 6), and keeps names from being looked for through the rest of a long body.
const BODY_CHARS_PER_WORD = 20;

/** Builds the index: sorts a copy of the articles by URL, then vectors and inverted lists. */
export function buildRelatedIndex(input: readonly Article[], weights: RelatedWeights): RelatedIndex {
  const articles = [...input].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const days = Float64Array.from(articles, (a) => a.date.toMillis() / DAY_MS);
  const calendarDays = Int32Array.from(articles, (a) => Date.UTC(a.date.year, a.date.month - 1, a.date.day) / DAY_MS);
  const byDate = Array.from(articles, (_, i) => i).sort((a, b) => days[a]! - days[b]! || a - b);
  const dateRank = new Int32Array(articles.length);
  byDate.forEach((doc, rank) => (dateRank[doc] = rank));
  const withoutMentions = createMentionRemover(articles, weights.taxonomies);
  const text = buildTermVectors(
    articles.map((a) => ({
      title: withoutMentions(a.title),
      summary: a.summary === undefined ? undefined : withoutMentions(a.summary),
      body: withoutMentions(a.body.slice(0, weights.bodyWords * BODY_CHARS_PER_WORD)),
    })),
    weights,
  );
  return {
    articles,
    days,
    calendarDays,
    dateRank,
    text,
    textPostings: buildPostings(text.vectors, text.terms.length, weights.postingsPerTerm),
    entities: buildEntityVectors(articles, weights.taxonomies, byDate),
    weights,
    byPath: new Map(articles.map((a, i) => [a.path, i])),
  };
}
