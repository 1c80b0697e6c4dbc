import type { RelatedIndex } from "./related-index.ts";
import { topK } from "./top-k.ts";

/**
 * Finds the articles worth scoring exactly against one article, never visiting all pairs: through the
 * inverted lists of its strongest terms (each cut to its champion articles), and of its entities (a common
 * entity only near the article in time). Keeps the best `candidates` of each look-up.
 */
export function createCandidateFinder(index: RelatedIndex): (doc: number) => number[] {
  const w = index.weights;
  const textAcc = new Float32Array(index.articles.length);
  const entityAcc = new Float32Array(index.articles.length);
  // The articles each look-up reached, in reused buffers (a JS array emptied per article would be reallocated).
  const textTouched = new Int32Array(index.articles.length);
  const entityTouched = new Int32Array(index.articles.length);
  let texts = 0;
  let entities = 0;

  const lookUpTerms = (doc: number) => {
    const { offsets, docs, weights } = index.textPostings;
    const { offsets: starts, ids, weights: mine } = index.text.vectors;
    const last = Math.min(starts[doc + 1]!, starts[doc]! + w.lookupTerms);
    for (let k = starts[doc]!; k < last; k++) {
      const weight = mine[k]!;
      const end = offsets[ids[k]! + 1]!;
      for (let p = offsets[ids[k]!]!; p < end; p++) {
        const other = docs[p]!;
        if (other === doc) continue;
        if (textAcc[other] === 0) textTouched[texts++] = other;
        textAcc[other]! += weight * weights[p]!;
      }
    }
  };

  const lookUpEntities = (doc: number) => {
    const { offsets: starts, ids, weights: mine } = index.entities.vectors;
    const { days, dateRank } = index;
    for (let k = starts[doc]!; k < starts[doc + 1]!; k++) {
      const list = index.entities.postings[ids[k]!]!;
      const weight = mine[k]!;
      const end = windowEnd(list, dateRank, doc, w.entityWindow);
      for (let p = Math.max(0, end - 2 * w.entityWindow - 1); p < end; p++) {
        const other = list[p]!;
        if (other === doc) continue;
        if (entityAcc[other] === 0) entityTouched[entities++] = other;
        entityAcc[other]! += weight;
      }
    }
    // Among articles sharing the same entities the nearer in time go first (a cheap stand-in for the time term).
    for (let i = 0; i < entities; i++) {
      const other = entityTouched[i]!;
      entityAcc[other]! *= 1 + w.time / (1 + Math.abs(days[other]! - days[doc]!) / w.timeScaleDays);
    }
  };

  return (doc) => {
    lookUpTerms(doc);
    lookUpEntities(doc);
    const found = topK(textTouched, w.candidates, textAcc, texts);
    for (const other of topK(entityTouched, w.candidates, entityAcc, entities))
      if (textAcc[other] === 0 || !found.includes(other)) found.push(other);
    for (let i = 0; i < texts; i++) textAcc[textTouched[i]!] = 0;
    for (let i = 0; i < entities; i++) entityAcc[entityTouched[i]!] = 0;
    texts = 0;
    entities = 0;
    return found;
  };
}

// Where to stop in an entity's list (in date order): the whole of a short list, else `half` past doc's place.
function windowEnd(list: Int32Array, dateRank: Int32Array, doc: number, half: number): number {
  if (list.length <= 2 * half + 1) return list.length;
  const rank = dateRank[doc]!;
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dateRank[list[mid]!]! < rank) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(list.length, Math.max(lo + half + 1, 2 * half + 1));
}
