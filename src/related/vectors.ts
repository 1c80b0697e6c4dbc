import { SparseVectorsBuilder, type SparseVectors } from "./sparse.ts";
import { TermTable } from "./terms/term-table.ts";
import type { RelatedWeights } from "./weights.ts";

/** The text an article is compared by. */
export interface TermSource {
  readonly title: string;
  readonly summary?: string;
  /** Markdown body. */
  readonly body: string;
}

/** Every article's TF-IDF vector and the term each id stands for. */
export interface TermVectors {
  readonly vectors: SparseVectors;
  readonly terms: readonly string[];
}

/** Inverse document frequency: ln((n + 1) / df); near 0 for a term on every document, highest for the rarest. */
export function idf(n: number, df: number): number {
  return Math.log((n + 1) / df);
}

/**
 * TF-IDF vectors over title (counted titleRepeat times), summary (summaryRepeat times) and the body's opening
 * bodyWords words, a word written as a name (Coldharbor, Europol) counting nameRepeat times: tf is 1 + ln(count); terms on one article only, or on more than maxTermShare of them, are
 * dropped; each vector keeps its termsPerArticle strongest terms.
 */
export function buildTermVectors(sources: readonly TermSource[], w: RelatedWeights): TermVectors {
  const table = new TermTable();
  // Every document's (term, count) pairs in one block, document d's from starts[d]; df and the scratch slot
  // (a term's place in the current document, -1 when absent) grow with the vocabulary.
  // Room for about 100 distinct terms an article up front (200 words of news hold about 90); it grows by half
  // when that is not enough. Large blocks count as external memory, which makes V8 collect garbage.
  let ids = new Int32Array(Math.max(1 << 12, sources.length * 100));
  let counts = new Float32Array(ids.length);
  let size = 0;
  const starts = new Int32Array(sources.length + 1);
  let df = new Int32Array(1 << 12);
  let slot = new Int32Array(1 << 12).fill(-1);
  const add = (text: string, times: number, names: boolean, maxWords?: number) => {
    const found = table.scan(text, maxWords);
    if (table.terms.length > df.length)
      [df, slot] = [grown(df, 0, table.terms.length), grown(slot, -1, table.terms.length)];
    if (size + found > ids.length)
      [ids, counts] = [grown(ids, 0, size + found, 1.5), grown(counts, 0, size + found, 1.5)];
    // Locals, not the closure's variables, in the loop that runs once a word.
    const terms = table.found;
    const named = table.named;
    const slots = slot;
    const termIds = ids;
    const termCounts = counts;
    const nameTimes = names ? times * w.nameRepeat : times;
    let next = size;
    for (let k = 0; k < found; k++) {
      const id = terms[k]!;
      let at = slots[id]!;
      if (at === -1) {
        at = slots[id] = next++;
        termIds[at] = id;
        termCounts[at] = 0;
      }
      termCounts[at]! += named[k] === 1 ? nameTimes : times;
    }
    size = next;
  };
  sources.forEach((source, doc) => {
    starts[doc] = size;
    // Titles are in title case, so only the summary and body tell names from other words.
    add(source.title, w.titleRepeat, false);
    add(source.summary ?? "", w.summaryRepeat, true);
    add(source.body, 1, true, w.bodyWords);
    for (let k = starts[doc]; k < size; k++) {
      slot[ids[k]!] = -1;
      df[ids[k]!]!++;
    }
  });
  starts[sources.length] = size;

  const n = sources.length;
  const maxDf = Math.max(2, Math.floor(w.maxTermShare * n));
  const termIdf = Float64Array.from(table.terms, (_, id) => (df[id]! >= 2 && df[id]! <= maxDf ? idf(n, df[id]!) : 0));
  for (let k = 0; k < size; k++) counts[k] = (1 + Math.log(counts[k]!)) * termIdf[ids[k]!]!;
  const builder = new SparseVectorsBuilder(w.termsPerArticle);
  for (let doc = 0; doc < n; doc++) builder.push(ids, counts, starts[doc], starts[doc + 1]);
  return { vectors: builder.finish(), terms: table.terms };
}

// A copy of `array` `factor` times as long (and at least `needed`), the new room filled with `fill`.
function grown<T extends Int32Array<ArrayBuffer> | Float32Array<ArrayBuffer>>(
  array: T,
  fill: number,
  needed = 0,
  factor = 2,
): T {
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(needed, Math.ceil(array.length * factor)));
  bigger.fill(fill);
  bigger.set(array);
  return bigger;
}
