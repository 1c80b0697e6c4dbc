import type { RankedPair } from "./rank.ts";
import type { RelatedIndex } from "./related-index.ts";

/**
 * A story thread around `doc`: its close follow-ups and predecessors among its ranked pairs, those within
 * threadDays, with text similarity of at least threadText and a shared agency or outlet. Returns the thread's
 * documents (`doc` included) oldest first, the threadSize nearest in time; none when fewer than two qualify.
 */
export function storyThread(index: RelatedIndex, doc: number, ranked: readonly RankedPair[]): number[] | undefined {
  const w = index.weights;
  const close = ranked
    .filter((pair) => Math.abs(pair.days) <= w.threadDays && pair.text >= w.threadText && sharesKeyEntity(index, doc, pair.doc))
    .sort((a, b) => Math.abs(a.days) - Math.abs(b.days) || a.doc - b.doc)
    .slice(0, w.threadSize);
  if (close.length < 2) return undefined;
  return [doc, ...close.map((pair) => pair.doc)].sort((a, b) => index.dateRank[a]! - index.dateRank[b]!);
}

// True when the two articles share an agency or outlet: the entities that name a story, unlike a country.
function sharesKeyEntity(index: RelatedIndex, a: number, b: number): boolean {
  const { offsets, ids } = index.entities.vectors;
  const key = (id: number) => {
    const kind = index.entities.entities[id]!.kind;
    return kind === "agencies" || kind === "outlets";
  };
  for (let i = offsets[a]!; i < offsets[a + 1]!; i++) {
    if (!key(ids[i]!)) continue;
    for (let j = offsets[b]!; j < offsets[b + 1]!; j++) if (ids[j] === ids[i]) return true;
  }
  return false;
}
