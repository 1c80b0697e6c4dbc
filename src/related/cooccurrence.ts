import type { Article } from "../model/article.ts";
import { entityKey, type Entity } from "../model/entity.ts";
import { EntityNumbering } from "./entity-numbering.ts";

/** An entity that often goes with another: on how many articles together, and the lift of that. */
export interface CoEntity {
  readonly entity: Entity;
  readonly count: number;
  /** P(both) / (P(one) × P(other)): above 1, they go together more than chance would have it. */
  readonly lift: number;
}

/**
 * For every entity, the entities found with it most beyond chance: by lift, not by raw count (which would name
 * the most covered country everywhere), those on at least `minCount` articles together and with lift above 1,
 * best first, ties by count then name; at most `limit` each. Keyed by entityKey.
 */
export function cooccurrence(articles: readonly Article[], minCount: number, limit: number): Map<string, CoEntity[]> {
  const numbering = new EntityNumbering();
  const lists = articles.map((article) => numbering.numbersOf(article));
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  return cooccurrenceOf(numbering.entities, offsets, Int32Array.from(lists.flat()), minCount, limit);
}

/** The same from entities already numbered: article i's entity numbers are ids[offsets[i] .. offsets[i + 1]], each once. */
export function cooccurrenceOf(
  entities: readonly Entity[],
  offsets: Int32Array,
  ids: Int32Array,
  minCount: number,
  limit: number,
): Map<string, CoEntity[]> {
  const base = entities.length;
  // Every pair on an article as one number (a × base + b, a < b), sorted so equal pairs sit together.
  const df = new Int32Array(base);
  let size = 0;
  for (let i = 0; i + 1 < offsets.length; i++)
    size += ((offsets[i + 1]! - offsets[i]!) * (offsets[i + 1]! - offsets[i]! - 1)) / 2;
  const pairs = new Float64Array(size);
  let at = 0;
  for (let i = 0; i + 1 < offsets.length; i++) {
    for (let x = offsets[i]!; x < offsets[i + 1]!; x++) {
      df[ids[x]!]!++;
      for (let y = x + 1; y < offsets[i + 1]!; y++)
        pairs[at++] = Math.min(ids[x]!, ids[y]!) * base + Math.max(ids[x]!, ids[y]!);
    }
  }
  pairs.sort();
  const n = offsets.length - 1;
  // Each entity's best `limit` so far, kept in order as pairs stream by: no list of every pair is ever made.
  const best: CoEntity[][] = [];
  const offer = (one: number, co: CoEntity) => {
    const list = (best[one] ??= []);
    if (list.length === limit && !before(co, list[limit - 1]!)) return;
    let at = Math.min(list.length, limit - 1);
    list[at] = co;
    while (at > 0 && before(co, list[at - 1]!)) {
      list[at] = list[at - 1]!;
      list[--at] = co;
    }
  };
  for (let start = 0, end = 0; start < pairs.length; start = end) {
    while (end < pairs.length && pairs[end] === pairs[start]) end++;
    const count = end - start;
    if (count < minCount) continue;
    const a = Math.floor(pairs[start]! / base);
    const b = pairs[start]! % base;
    const lift = (count * n) / (df[a]! * df[b]!);
    if (lift <= 1) continue;
    offer(a, { entity: entities[b]!, count, lift });
    offer(b, { entity: entities[a]!, count, lift });
  }
  const result = new Map<string, CoEntity[]>();
  best.forEach((list, id) => result.set(entityKey(entities[id]!), list));
  return result;
}

// Higher lift first, then more articles together, then by name.
function before(x: CoEntity, y: CoEntity): boolean {
  return (
    x.lift > y.lift ||
    (x.lift === y.lift && (x.count > y.count || (x.count === y.count && byName(x.entity, y.entity) < 0)))
  );
}

// Name, then kind, by code units: the same order on every machine and locale.
function byName(a: Entity, b: Entity): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
}
