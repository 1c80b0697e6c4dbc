/** Ranking quality of one list: precision@k and nDCG@k, with binary relevance. */
export interface ListQuality {
  readonly precision: number;
  readonly ndcg: number;
}

/** Share of the first k items that are relevant (a list shorter than k counts its missing items as misses). */
export function precisionAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  return ranked.slice(0, k).filter((item) => relevant.has(item)).length / k;
}

/** Normalised discounted cumulative gain at k: 1 when the relevant items lead the list, 0 when none is in it. */
export function ndcgAtK(ranked: readonly string[], relevant: ReadonlySet<string>, k: number): number {
  const dcg = ranked.slice(0, k).reduce((sum, item, i) => sum + (relevant.has(item) ? 1 / Math.log2(i + 2) : 0), 0);
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Mean precision@3 and nDCG@5 of every labelled item, overall and per label ("cluster"). */
export interface LabelledQuality {
  readonly overall: { readonly precisionAt3: number; readonly ndcgAt5: number };
  readonly byLabel: ReadonlyMap<
    string,
    { readonly precisionAt3: number; readonly ndcgAt5: number; readonly items: number }
  >;
}

/**
 * Scores related lists against labels (item → cluster): an item's relevant items are the others of its
 * cluster. Items without a label are ignored.
 */
export function labelledQuality(
  lists: ReadonlyMap<string, readonly string[]>,
  labels: ReadonlyMap<string, string>,
): LabelledQuality {
  const members = new Map<string, string[]>();
  for (const [item, label] of labels) members.set(label, [...(members.get(label) ?? []), item]);
  const sums = new Map<string, { p: number; n: number; items: number }>();
  for (const [item, label] of [...labels].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const relevant = new Set(members.get(label)!.filter((other) => other !== item));
    const ranked = lists.get(item) ?? [];
    const sum = sums.get(label) ?? { p: 0, n: 0, items: 0 };
    sums.set(label, {
      p: sum.p + precisionAtK(ranked, relevant, 3),
      n: sum.n + ndcgAtK(ranked, relevant, 5),
      items: sum.items + 1,
    });
  }
  const byLabel = new Map(
    [...sums]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([label, s]) => [label, { precisionAt3: s.p / s.items, ndcgAt5: s.n / s.items, items: s.items }]),
  );
  const total = [...sums.values()].reduce((t, s) => ({ p: t.p + s.p, n: t.n + s.n, items: t.items + s.items }), {
    p: 0,
    n: 0,
    items: 0,
  });
  return {
    overall: { precisionAt3: total.p / Math.max(1, total.items), ndcgAt5: total.n / Math.max(1, total.items) },
    byLabel,
  };
}
