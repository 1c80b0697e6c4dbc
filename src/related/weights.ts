import { DEFAULT_TAXONOMY_WEIGHTS, type TaxonomyWeights } from "../model/related-settings.ts";

// The one place for every weight, threshold and limit of related ranking, story threads and co-occurrence.

/** Every knob of the related phase. */
export interface RelatedWeights {
  /** Per-taxonomy weight of a shared entity. */
  readonly taxonomies: TaxonomyWeights;
  /** Share of the score from entity similarity (cosine over rarity × taxonomy weighted entities, over the best). */
  readonly entity: number;
  /** Share of the score from text similarity (cosine over TF-IDF vectors of title, summary and body, over the best). */
  readonly text: number;
  /** Share of the score from a shared threat actor, malware family or CVE (cosine over those alone, not over the best). */
  readonly identity: number;
  /** The gentle time term: a pair published together is multiplied by 1 + time, fading with the gap. */
  readonly time: number;
  /** Days over which the time term falls to 1/e. */
  readonly timeScaleDays: number;
  /** How often a term counts in the title and the summary, against once in the body. */
  readonly titleRepeat: number;
  readonly summaryRepeat: number;
  /** How often a word written as a name (capitalised inside a sentence: Coldharbor, Europol) counts. */
  readonly nameRepeat: number;
  /** Only the first this many words of a body are read: news puts the story in its opening. */
  readonly bodyWords: number;
  /** Terms on more than this share of articles say nothing about any of them and are dropped. */
  readonly maxTermShare: number;
  /** Each article's vector keeps its strongest terms only. */
  readonly termsPerArticle: number;
  /** Each term's inverted list keeps the articles where it weighs most ("champion list"). */
  readonly postingsPerTerm: number;
  /** An article looks up candidates through this many of its strongest terms. */
  readonly lookupTerms: number;
  /** Entities on more than this many articles are searched only near the article in time, this many either side. */
  readonly entityWindow: number;
  /** Candidates kept from each of the text and entity look-ups before exact scoring. */
  readonly candidates: number;
  /** Related articles shown on a page. */
  readonly limit: number;
  /** A related article's raw similarity (entity share × entity + text share × text) must reach this. */
  readonly minScore: number;
  /** Story threads: a follow-up or predecessor is within this many days... */
  readonly threadDays: number;
  /** ...has at least this text similarity... */
  readonly threadText: number;
  /** ...and shares an agency or outlet; a thread shows at most this many other articles. */
  readonly threadSize: number;
  /** Co-occurring entities need at least this many articles together, and are listed up to this many. */
  readonly togetherMinCount: number;
  readonly togetherLimit: number;
}

/** The defaults, tuned on the labelled archive in tests/fixtures/related/. */
export const RELATED_DEFAULTS: RelatedWeights = {
  taxonomies: DEFAULT_TAXONOMY_WEIGHTS,
  entity: 0.2,
  text: 0.8,
  identity: 1.5,
  time: 0.5,
  timeScaleDays: 45,
  titleRepeat: 3,
  summaryRepeat: 2,
  nameRepeat: 3,
  bodyWords: 200,
  maxTermShare: 0.5,
  termsPerArticle: 48,
  postingsPerTerm: 64,
  lookupTerms: 16,
  entityWindow: 32,
  candidates: 16,
  limit: 5,
  minScore: 0.02,
  threadDays: 42,
  threadText: 0.3,
  threadSize: 6,
  togetherMinCount: 2,
  togetherLimit: 6,
};

/** The defaults with the site's taxonomy weights (and any other override) applied. */
export function relatedWeights(overrides: Partial<RelatedWeights> = {}): RelatedWeights {
  return { ...RELATED_DEFAULTS, ...overrides, taxonomies: { ...RELATED_DEFAULTS.taxonomies, ...overrides.taxonomies } };
}
