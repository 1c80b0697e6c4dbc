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
 * Every document's related documents in one block, best first: document d's are entries [offsets[d],
 * offsets[d + 1]) of the parallel arrays (no object per pair: at 10,000 articles that is 100,000 objects saved).
 */
export interface RankedLists {
  readonly offsets: Int32Array;
  readonly docs: Int32Array;
  readonly pinned: Uint8Array;
  readonly entity: Float32Array;
  readonly text: Float32Array;
  readonly days: Float32Array;
  readonly score: Float64Array;
}

/** Entry `k` of ranked lists as an object. */
export function rankedPair(lists: RankedLists, k: number): RankedPair {
  return {
    doc: lists.docs[k]!,
    pinned: lists.pinned[k] === 1,
    entity: lists.entity[k]!,
    text: lists.text[k]!,
    days: lists.days[k]!,
    score: lists.score[k]!,
  };
}

/** Document `doc`'s related documents as objects, best first. */
export function rankedPairs(lists: RankedLists, doc: number): RankedPair[] {
  const pairs: RankedPair[] = [];
  for (let k = lists.offsets[doc]!; k < lists.offsets[doc + 1]!; k++) pairs.push(rankedPair(lists, k));
  return pairs;
}

const NONE: readonly number[] = [];

/**
 * Ranks every document's related documents: candidates from the inverted lists, each scored exactly, those
 * not related at all dropped, best first with ties broken by URL, so two builds give identical pages. Pinned
 * documents lead in the editor's order whatever they score; excluded ones never appear. Keeps `keep` a document
 * (more when more are pinned).
 */
export function rankAll(
  index: RelatedIndex,
  keep: number,
  steering?: (doc: number) => Steering | undefined,
): RankedLists {
  const find = createCandidateFinder(index);
  const scorer = createPairScorer(index);
  const n = index.articles.length;
  const [entity, text, identity, scores] = [
    new Float32Array(n),
    new Float32Array(n),
    new Float32Array(n),
    new Float64Array(n),
  ];
  const w = index.weights;
  const out = new ListsBuilder(n, keep);
  let bestEntity = 0;
  let bestText = 0;
  let focus = 0;
  const score = (other: number) =>
    fuse(
      w,
      entity[other]!,
      text[other]!,
      index.days[other]! - index.days[focus]!,
      bestEntity,
      bestText,
      identity[other],
    );
  const measure = (other: number) => {
    entity[other] = scorer.entity(other);
    text[other] = scorer.text(other);
    identity[other] = scorer.identity(other);
    if (entity[other] > bestEntity) bestEntity = entity[other]!;
    if (text[other] > bestText) bestText = text[other]!;
  };
  for (let doc = 0; doc < n; doc++) {
    scorer.focus(doc);
    const steer = steering?.(doc);
    const pins = steer
      ? steer.pinned.filter((other, i, all) => other !== doc && !steer.excluded.has(other) && all.indexOf(other) === i)
      : NONE;
    const candidates = find(doc);
    bestEntity = 0;
    bestText = 0;
    for (let i = 0; i < pins.length; i++) measure(pins[i]!);
    let kept = 0;
    for (let i = 0; i < candidates.length; i++) {
      const other = candidates[i]!;
      measure(other);
      if (steer && (steer.excluded.has(other) || pins.includes(other))) continue;
      if (isRelated(w, entity[other]!, text[other]!, identity[other])) candidates[kept++] = other;
    }
    focus = doc;
    for (let i = 0; i < kept; i++) scores[candidates[i]!] = score(candidates[i]!);
    const best = topK(candidates, keep - pins.length, scores, kept);
    for (let i = 0; i < pins.length; i++)
      out.add(
        pins[i]!,
        true,
        entity[pins[i]!]!,
        text[pins[i]!]!,
        index.days[pins[i]!]! - index.days[doc]!,
        score(pins[i]!),
      );
    for (let i = 0; i < best.length; i++)
      out.add(
        best[i]!,
        false,
        entity[best[i]!]!,
        text[best[i]!]!,
        index.days[best[i]!]! - index.days[doc]!,
        scores[best[i]!]!,
      );
    out.close(doc);
  }
  return out.lists;
}

// Fills RankedLists document by document, growing only when editors pin more than `keep`.
class ListsBuilder {
  lists: RankedLists;
  private size = 0;
  constructor(n: number, keep: number) {
    this.lists = allocate(n, n * Math.max(1, keep));
  }
  add(doc: number, pinned: boolean, entity: number, text: number, days: number, score: number): void {
    if (this.size === this.lists.docs.length)
      this.lists = allocate(this.lists.offsets.length - 1, this.size * 2, this.lists);
    const l = this.lists;
    const k = this.size++;
    l.docs[k] = doc;
    l.pinned[k] = pinned ? 1 : 0;
    l.entity[k] = entity;
    l.text[k] = text;
    l.days[k] = days;
    l.score[k] = score;
  }
  close(doc: number): void {
    this.lists.offsets[doc + 1] = this.size;
  }
}

function allocate(n: number, capacity: number, from?: RankedLists): RankedLists {
  const lists: RankedLists = {
    offsets: from?.offsets ?? new Int32Array(n + 1),
    docs: new Int32Array(capacity),
    pinned: new Uint8Array(capacity),
    entity: new Float32Array(capacity),
    text: new Float32Array(capacity),
    days: new Float32Array(capacity),
    score: new Float64Array(capacity),
  };
  if (from) for (const key of ["docs", "pinned", "entity", "text", "days", "score"] as const) lists[key].set(from[key]);
  return lists;
}
