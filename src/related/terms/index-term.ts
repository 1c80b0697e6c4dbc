import { STOP_WORDS } from "./stop-words.ts";

/**
 * A word's index form: lower case, apostrophes straightened, a possessive 's dropped and a plural folded to its
 * singular (agencies → agency, takedowns → takedown, viruses → virus, boxes → box; bus, analysis, access and
 * politics stay as they are).
 */
export function normaliseWord(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length <= 3 || !w.endsWith("s")) return w;
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:sses|uses|xes|ches|shes)$/.test(w)) return w.slice(0, -2);
  return /(?:ss|us|is|ics)$/.test(w) ? w : w.slice(0, -1);
}

/** A lower-cased word's index term, or undefined for a stop word, a bare number or a single character. */
export function indexTerm(word: string): string | undefined {
  if (word.length < 2 || STOP_WORDS.has(word) || /^\d+$/.test(word)) return undefined;
  const term = normaliseWord(word);
  return term.length >= 2 && !STOP_WORDS.has(term) ? term : undefined;
}
