import { heaviest, type SparseVectors } from "./sparse.ts";

/** Inverted lists in one block: term t's documents are docs[offsets[t] .. offsets[t + 1]]. */
export interface Postings {
  readonly offsets: Int32Array;
  readonly docs: Int32Array;
  readonly weights: Float32Array;
}

/**
 * Inverted lists from document vectors, each cut to the `perTerm` documents where the term weighs most
 * (ties by document): a common term then costs a look-up no more than a rare one.
 */
export function buildPostings(vectors: SparseVectors, idCount: number, perTerm: number): Postings {
  const lengths = new Int32Array(idCount);
  for (let k = 0; k < vectors.ids.length; k++) lengths[vectors.ids[k]!]!++;
  const starts = new Int32Array(idCount + 1);
  for (let t = 0; t < idCount; t++) starts[t + 1] = starts[t]! + lengths[t]!;
  const fill = starts.slice(0, idCount);
  const allDocs = new Int32Array(starts[idCount]!);
  const allWeights = new Float32Array(starts[idCount]!);
  for (let doc = 0; doc + 1 < vectors.offsets.length; doc++) {
    for (let k = vectors.offsets[doc]!; k < vectors.offsets[doc + 1]!; k++) {
      const at = fill[vectors.ids[k]!]!++;
      allDocs[at] = doc;
      allWeights[at] = vectors.weights[k]!;
    }
  }

  const offsets = new Int32Array(idCount + 1);
  for (let t = 0; t < idCount; t++) offsets[t + 1] = offsets[t]! + Math.min(perTerm, lengths[t]!);
  const docs = new Int32Array(offsets[idCount]!);
  const weights = new Float32Array(offsets[idCount]!);
  let order = new Int32Array(perTerm * 4);
  for (let t = 0; t < idCount; t++) {
    const from = starts[t]!;
    const to = starts[t + 1]!;
    if (to - from <= perTerm) {
      docs.set(allDocs.subarray(from, to), offsets[t]);
      weights.set(allWeights.subarray(from, to), offsets[t]);
      continue;
    }
    // Only a list longer than its cut needs choosing: its heaviest documents.
    if (order.length < to - from) order = new Int32Array(2 * (to - from));
    heaviest(allWeights, allDocs, from, to, perTerm, order);
    for (let i = 0; i < perTerm; i++) {
      docs[offsets[t]! + i] = allDocs[order[i]!]!;
      weights[offsets[t]! + i] = allWeights[order[i]!]!;
    }
  }
  return { offsets, docs, weights };
}
