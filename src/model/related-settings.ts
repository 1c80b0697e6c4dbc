import type { TaxonomyKind } from "./entity.ts";

/** How much a shared entity of each taxonomy counts, before rarity; site.yaml's related.weights overrides it. */
export type TaxonomyWeights = Readonly<Record<TaxonomyKind, number>>;

/**
 * A shared threat actor or malware family ties two stories most (the same campaign told from different sides);
 * then a CVE, an agency or an outlet; a shared country says least.
 */
export const DEFAULT_TAXONOMY_WEIGHTS: TaxonomyWeights = {
  agencies: 3,
  outlets: 3,
  countries: 1,
  actors: 4,
  malware: 4,
  cves: 3,
  topics: 2,
};

/** site.yaml's related: how much a shared entity of each taxonomy counts in related articles. */
export interface RelatedSettings {
  readonly weights: TaxonomyWeights;
}

/** The related settings when site.yaml says nothing. */
export const RELATED_SETTINGS_DEFAULTS: RelatedSettings = { weights: DEFAULT_TAXONOMY_WEIGHTS };

/** The largest taxonomy weight accepted. */
export const MAX_TAXONOMY_WEIGHT = 10;
