/**
 * Sparse vectors of many documents in one block: document d's entries are [offsets[d], offsets[d + 1]),
 * strongest first, each vector of unit length. One block instead of a typed array per document keeps
 * building cheap and memory small.
 */
export interface SparseVectors {
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  readonly weights: Float32Array;
}

/** Collects vectors document by document: each keeps its `keep` largest positive weights (ties by smaller id). */
export class SparseVectorsBuilder {
  private offsets: number[] = [0];
  private ids = new Int32Array(1 << 16);
  private weights = new Float32Array(1 << 16);
  private size = 0;
  private order = new Int32Array(256);

  constructor(private readonly keep: number) {}

  /** Adds the next document's vector from parallel lists of ids and raw weights, entries [from, to). */
  push(ids: ArrayLike<number>, weights: ArrayLike<number>, from = 0, to = ids.length): void {
    if (this.order.length < to - from) this.order = new Int32Array(2 * (to - from));
    const kept = heaviest(weights, ids, from, to, this.keep, this.order);
    let norm = 0;
    for (let k = 0; k < kept; k++) norm += weights[this.order[k]!]! ** 2;
    norm = Math.sqrt(norm);
    if (this.size + kept > this.ids.length) this.grow(this.size + kept);
    for (let k = 0; k < kept; k++) {
      this.ids[this.size] = ids[this.order[k]!]!;
      this.weights[this.size++] = weights[this.order[k]!]! / norm;
    }
    this.offsets.push(this.size);
  }

  /** The vectors added so far. */
  finish(): SparseVectors {
    return {
      offsets: Int32Array.from(this.offsets),
      ids: this.ids.slice(0, this.size),
      weights: this.weights.slice(0, this.size),
    };
  }

  private grow(needed: number): void {
    const length = Math.max(needed, this.ids.length * 2);
    const ids = new Int32Array(length);
    const weights = new Float32Array(length);
    ids.set(this.ids);
    weights.set(this.weights);
    this.ids = ids;
    this.weights = weights;
  }
}

let scratch = new Float64Array(1024);

/** The k-th largest of values[from, to) (-Infinity when there are fewer), by quickselect: linear on average. */
export function kthLargest(values: ArrayLike<number>, from: number, to: number, k: number): number {
  if (to - from < k || k < 1) return -Infinity;
  if (scratch.length < to - from) scratch = new Float64Array(2 * (to - from));
  const a = scratch;
  for (let i = from; i < to; i++) a[i - from] = values[i]!;
  let lo = 0;
  let hi = to - from - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! > pivot) i++;
      while (a[j]! < pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target]!;
}

/**
 * The entries of [from, to) with the `keep` largest positive weights, heaviest first, ties by the smaller key:
 * their indexes are written to `out` (at least to - from long) and their number returned. Only the few at or
 * above the keep-th weight are sorted, by insertion, which allocates nothing.
 */
export function heaviest(
  weights: ArrayLike<number>,
  keys: ArrayLike<number>,
  from: number,
  to: number,
  keep: number,
  out: Int32Array,
): number {
  const threshold = kthLargest(weights, from, to, keep);
  let count = 0;
  for (let i = from; i < to; i++) {
    const w = weights[i]!;
    if (!(w > 0 && w >= threshold)) continue;
    let at = count++;
    while (at > 0) {
      const before = out[at - 1]!;
      if (weights[before]! > w || (weights[before] === w && keys[before]! < keys[i]!)) break;
      out[at] = before;
      at--;
    }
    out[at] = i;
  }
  return Math.min(count, keep);
}

/** Document `doc`'s vector dotted with a dense vector (a scratch array holding another document's weights). */
export function dotDense(vectors: SparseVectors, doc: number, dense: Float32Array): number {
  let sum = 0;
  for (let k = vectors.offsets[doc]!; k < vectors.offsets[doc + 1]!; k++)
    sum += dense[vectors.ids[k]!]! * vectors.weights[k]!;
  return sum;
}

/** Writes document `doc`'s weights into a dense array (or zeroes them again when `clear`). */
export function scatter(vectors: SparseVectors, doc: number, dense: Float32Array, clear = false): void {
  for (let k = vectors.offsets[doc]!; k < vectors.offsets[doc + 1]!; k++)
    dense[vectors.ids[k]!] = clear ? 0 : vectors.weights[k]!;
}
