import { TermTable } from "./term-table.ts";

/**
 * The index terms of a text or Markdown body, in order: words lower-cased, apostrophes straightened, stop
 * words, bare numbers and single characters dropped, possessives and plurals folded, link targets, tags and
 * URLs skipped. The build reads all texts through one shared TermTable; this is the same rules for one text.
 */
export function tokenize(text: string, maxWords = Infinity): string[] {
  const table = new TermTable();
  const count = table.scan(text, maxWords);
  return Array.from(table.found.subarray(0, count), (id) => table.terms[id]!);
}
