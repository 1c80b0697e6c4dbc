import type { TaxonomyKind } from "../model/entity.ts";
import type { RankedLists } from "./rank.ts";
import type { RelatedIndex } from "./related-index.ts";
import { sortSmall } from "./small-sort.ts";

/**
 * A story thread around `doc`: its close follow-ups and predecessors among its ranked pairs, those within
 * threadDays, with text similarity of at least threadText and a shared agency, outlet, threat actor, malware family
 * or CVE. Returns the thread's
 * documents (`doc` included) oldest first, the threadSize nearest in time; none when fewer than two qualify.
 */
export function storyThread(index: RelatedIndex, doc: number, ranked: RankedLists): number[] | undefined {
  const w = index.weights;
  const close: number[] = [];
  for (let k = ranked.offsets[doc]!; k < ranked.offsets[doc + 1]!; k++) {
    if (
      Math.abs(ranked.days[k]!) <= w.threadDays &&
      ranked.text[k]! >= w.threadText &&
      sharesKeyEntity(index, doc, ranked.docs[k]!)
    )
      close.push(ranked.docs[k]!);
  }
  if (close.length < 2) return undefined;
  const gap = (other: number) => Math.abs(index.days[other]! - index.days[doc]!);
  const nearest = sortSmall(close, (a, b) => gap(a) < gap(b) || (gap(a) === gap(b) && a < b)).slice(0, w.threadSize);
  return sortSmall([doc, ...nearest], (a, b) => index.dateRank[a]! < index.dateRank[b]!);
}

// The entities that name a story, unlike a country or a topic: who acted, on whom, with what, through which flaw.
const KEY_KINDS: ReadonlySet<TaxonomyKind> = new Set<TaxonomyKind>([
  "agencies",
  "outlets",
  "actors",
  "malware",
  "cves",
]);

// True when the two articles share a key entity.
function sharesKeyEntity(index: RelatedIndex, a: number, b: number): boolean {
  const { offsets, ids } = index.entities.vectors;
  const key = (id: number) => KEY_KINDS.has(index.entities.entities[id]!.kind);
  for (let i = offsets[a]!; i < offsets[a + 1]!; i++) {
    if (!key(ids[i]!)) continue;
    for (let j = offsets[b]!; j < offsets[b + 1]!; j++) if (ids[j] === ids[i]) return true;
  }
  return false;
}
