import { rankAll } from "../src/related/rank.ts";
import type { RelatedIndex } from "../src/related/related-index.ts";
import { createPairScorer, fuse, isRelated } from "../src/related/score.ts";
import { topK } from "../src/related/top-k.ts";

/**
 * How much the inverted-list look-ups miss: for `sample` articles spread evenly over the index, the share of the
 * exact top `k` (every other article scored, never pruned) that the pruned ranking also puts in its top `k`.
 */
export function pruningRecall(index: RelatedIndex, k: number, sample: number): number {
  const n = index.articles.length;
  const pruned = rankAll(index, k);
  const scorer = createPairScorer(index);
  const [entity, text, scores] = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  const everyone = Array.from({ length: n }, (_, i) => i);
  let found = 0;
  let wanted = 0;
  for (let s = 0; s < Math.min(sample, n); s++) {
    const doc = Math.floor((s * n) / Math.min(sample, n));
    scorer.focus(doc);
    let bestEntity = 0;
    let bestText = 0;
    for (const other of everyone) {
      entity[other] = other === doc ? 0 : scorer.entity(other);
      text[other] = other === doc ? 0 : scorer.text(other);
      bestEntity = Math.max(bestEntity, entity[other]);
      bestText = Math.max(bestText, text[other]);
    }
    const related = everyone.filter((other) => other !== doc && isRelated(index.weights, entity[other]!, text[other]!));
    for (const other of related)
      scores[other] = fuse(
        index.weights,
        entity[other]!,
        text[other]!,
        index.days[other]! - index.days[doc]!,
        bestEntity,
        bestText,
      );
    const exact = new Set(topK(related, k, scores));
    wanted += exact.size;
    for (let k = pruned.offsets[doc]!; k < pruned.offsets[doc + 1]!; k++) if (exact.has(pruned.docs[k]!)) found++;
  }
  return wanted === 0 ? 1 : found / wanted;
}
