import { createCandidateFinder } from "./candidates.ts";
import type { RelatedIndex } from "./related-index.ts";
import { createPairScorer, fuse, isRelated, type PairScore } from "./score.ts";
import { topK } from "./top-k.ts";

/** One related article of a document: its document number, the parts of its score, and whether an editor pinned it. */
export interface RankedPair extends PairScore {
  readonly doc: number;
  readonly pinned: boolean;
}

/** What editors asked for one document: documents pinned first (in their order) and documents left out. */
export interface Steering {
  readonly pinned: readonly number[];
  readonly excluded: ReadonlySet<number>;
}

/**
 * Ranks every document's related documents: candidates from the inverted lists, each scored exactly, those
 * not related at all dropped, best first with ties broken by URL, so two builds give identical pages. Pinned
 * documents lead in the editor's order whatever they score; excluded ones never appear. Keeps `keep` a document
 * (more when more are pinned).
 */
export function rankAll(index: RelatedIndex, keep: number, steering?: (doc: number) => Steering | undefined): RankedPair[][] {
  const find = createCandidateFinder(index);
  const scorer = createPairScorer(index);
  const n = index.articles.length;
  const [entity, text, scores] = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  const w = index.weights;
  let bestEntity = 0;
  let bestText = 0;
  const measure = (other: number) => {
    entity[other] = scorer.entity(other);
    text[other] = scorer.text(other);
    if (entity[other]! > bestEntity) bestEntity = entity[other]!;
    if (text[other]! > bestText) bestText = text[other]!;
  };
  return index.articles.map((_, doc) => {
    scorer.focus(doc);
    const steer = steering?.(doc);
    const pins = steer ? steer.pinned.filter((other, i, all) => other !== doc && !steer.excluded.has(other) && all.indexOf(other) === i) : [];
    const candidates = find(doc);
    bestEntity = 0;
    bestText = 0;
    for (const other of pins) measure(other);
    let kept = 0;
    for (const other of candidates) {
      measure(other);
      if (steer && (steer.excluded.has(other) || pins.includes(other))) continue;
      if (isRelated(w, entity[other]!, text[other]!)) candidates[kept++] = other;
    }
    candidates.length = kept;
    for (const other of candidates) scores[other] = fuse(w, entity[other]!, text[other]!, index.days[other]! - index.days[doc]!, bestEntity, bestText);
    const best = topK(candidates, keep - pins.length, scores);
    const pair = (other: number, pinned: boolean): RankedPair => {
      const days = index.days[other]! - index.days[doc]!;
      const score = pinned ? fuse(w, entity[other]!, text[other]!, days, bestEntity, bestText) : scores[other]!;
      return { doc: other, pinned, entity: entity[other]!, text: text[other]!, days, score };
    };
    return [...pins.map((other) => pair(other, true)), ...best.map((other) => pair(other, false))];
  });
}
