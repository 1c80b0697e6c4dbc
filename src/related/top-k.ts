/**
 * The `k` items with the highest `scores[item]` among the first `count` of `items`, best first, ties by the
 * smaller item: one pass keeping a small sorted buffer, so picking 16 of thousands costs about one comparison each.
 */
export function topK(items: ArrayLike<number>, k: number, scores: ArrayLike<number>, count = items.length): number[] {
  const best: number[] = [];
  let size = 0;
  for (let i = 0; i < count; i++) {
    const item = items[i]!;
    const s = scores[item]!;
    if (size === k) {
      const last = best[k - 1]!;
      if (k === 0 || s < scores[last]! || (s === scores[last]! && item > last)) continue;
    }
    let at = size < k ? size++ : k - 1;
    while (at > 0) {
      const previous = best[at - 1]!;
      const ps = scores[previous]!;
      if (ps > s || (ps === s && previous < item)) break;
      best[at--] = previous;
    }
    best[at] = item;
  }
  return best;
}
