import type { RelatedIndex } from "./related-index.ts";
import { dotDense, scatter } from "./sparse.ts";
import type { RelatedWeights } from "./weights.ts";
import { identityParts, identitySimilarity } from "./identity.ts";

/** How one article relates to another: the parts of the score and the whole. */
export interface PairScore {
  /** Cosine of the two entity vectors, 0..1. */
  readonly entity: number;
  /** Cosine of the two text vectors, 0..1. */
  readonly text: number;
  /** Cosine of the two articles' actors, malware and CVEs alone, 0..1 (src/related/identity.ts). */
  readonly identity?: number;
  /** The other article's date minus this one's, in days (negative: earlier). */
  readonly days: number;
  /** The ranking score: see `fuse`. */
  readonly score: number;
}

/**
 * The related score, the one formula used by ranking, threads and the benchmark:
 * (entity share × entity / best entity + text share × text / best text + identity share × identity)
 * × (1 + time × e^(−|days| / timeScaleDays)).
 * Each of entity and text is divided by the best of its kind among the article's candidates, so the two shares
 * weigh what they say: entity cosines run far higher than text cosines, and would drown text at equal shares.
 * Identity (a shared actor, malware family or CVE) is not: sharing one is worth the same on every page.
 */
export function fuse(
  w: RelatedWeights,
  entity: number,
  text: number,
  days: number,
  bestEntity: number,
  bestText: number,
  identity = 0,
): number {
  const similarity =
    (bestEntity > 0 ? (w.entity * entity) / bestEntity : 0) +
    (bestText > 0 ? (w.text * text) / bestText : 0) +
    w.identity * identity;
  return similarity * (1 + w.time * Math.exp(-Math.abs(days) / w.timeScaleDays));
}

/** Whether a pair is related at all, before ranking: its shares of the raw similarities reach minScore. */
export function isRelated(w: RelatedWeights, entity: number, text: number, identity = 0): boolean {
  return w.entity * entity + w.text * text + w.identity * identity >= w.minScore;
}

/** Scores pairs against one focused article at a time, through dense scratch arrays reused per focus. */
export interface PairScorer {
  /** Makes `doc` the article that later similarities are against. */
  focus(doc: number): void;
  /** Cosine of the focused article's entity vector with `other`'s. */
  entity(other: number): number;
  /** Cosine of the focused article's text vector with `other`'s. */
  text(other: number): number;
  /** Cosine of the focused article's actors, malware and CVEs with `other`'s. */
  identity(other: number): number;
}

/** A scorer over an index; its scratch arrays are its own, so each ranking run gets a fresh one. */
export function createPairScorer(index: RelatedIndex): PairScorer {
  const textVectors = index.text.vectors;
  const entityVectors = index.entities.vectors;
  const textScratch = new Float32Array(index.text.terms.length);
  const entityScratch = new Float32Array(index.entities.entities.length);
  const parts = identityParts(index.entities);
  let focused = -1;
  return {
    focus(doc) {
      if (focused >= 0) {
        scatter(textVectors, focused, textScratch, true);
        scatter(entityVectors, focused, entityScratch, true);
      }
      focused = doc;
      scatter(textVectors, doc, textScratch);
      scatter(entityVectors, doc, entityScratch);
    },
    entity: (other) => Math.min(1, dotDense(entityVectors, other, entityScratch)),
    text: (other) => Math.min(1, dotDense(textVectors, other, textScratch)),
    identity: (other) => identitySimilarity(index.entities, parts, focused, other, entityScratch),
  };
}
