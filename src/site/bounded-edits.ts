/**
 * Whether `a` is within `limit` edits of `b` (insertions, deletions, substitutions and swaps of neighbours, as
 * editDistance in src/taxonomy/names.ts counts them), and how many: undefined when farther. Three reused rows and
 * a stop as soon as a whole row is past the limit, so a hopeless pair costs a few steps, not a table.
 */
export function editsWithin(a: string, b: string, limit: number): number | undefined {
  if (Math.abs(a.length - b.length) > limit) return undefined;
  const cols = b.length + 1;
  let before = new Int32Array(cols); // row i - 2
  let previous = Int32Array.from({ length: cols }, (_, j) => j); // row i - 1
  let row = new Int32Array(cols);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let least = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      row[j] = best;
      if (best < least) least = best;
    }
    if (least > limit) return undefined;
    [before, previous, row] = [previous, row, before];
  }
  const distance = previous[b.length]!;
  return distance <= limit ? distance : undefined;
}
