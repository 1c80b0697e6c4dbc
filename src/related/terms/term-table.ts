import { indexTerm } from "./index-term.ts";

// Per UTF-16 unit, filled in on first sight: 1 a word character (letter, digit, mark), 2 an apostrophe,
// 3 anything else; and its lower-case form (both apostrophes as ').
const KIND = new Uint8Array(65536);
const FREE = -2;
const LOWER = new Uint16Array(65536);
for (let c = 0; c < 128; c++) kindOf(c);

function kindOf(c: number): number {
  const known = KIND[c]!;
  if (known !== 0) return known;
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  LOWER[c] = c === 0x2019 ? 39 : lower.length === 1 ? lower.charCodeAt(0) : c;
  return (KIND[c] = c === 39 || c === 0x2019 ? 2 : /[\p{L}\p{N}\p{M}]/u.test(ch) ? 1 : 3);
}

/**
 * Gives each index term of any number of texts an id, reading each text once without making a string per word:
 * words are hashed as they are scanned and looked up by their lower-cased written form, so only a form's first
 * sighting pays for stop words and plural folding (the rules of `indexTerm`). A form is known by two
 * independent 32-bit hashes: two different words clash about once in 10^10 for 100,000 forms, and then the
 * same way on every build. A word is a run of letters,
 * digits and marks with inner apostrophes, straight or curly alike. Markdown is skipped cheaply on the way:
 * link targets `](...)`, tags `<...>` and URLs (`scheme://...`) are not words; link texts and alts are.
 */
export class TermTable {
  /** Term of each id. */
  readonly terms: string[] = [];
  /** The ids of the last scan's terms, in order: `found[0 .. count)`. */
  found = new Int32Array(1024);
  /** For each of them, 1 when it was written as a name: capitalised, and not the first word of a sentence. */
  named = new Uint8Array(1024);
  private readonly ids = new Map<string, number>();
  // Open addressing, a slot of three numbers side by side (one cache line per probe): the form's two hashes
  // and its term id (-1: no term; -2: free slot).
  private slots = emptySlots(1 << 12);
  private formCount = 0;

  /** Reads the index terms of `text` (stopping after `maxWords` words) into `found`; returns how many there are. */
  scan(text: string, maxWords = Infinity): number {
    let count = 0;
    let words = 0;
    let i = 0;
    let sentenceStart = true;
    const end = text.length;
    while (i < end && words < maxWords) {
      let c = text.charCodeAt(i);
      if ((c < 128 ? KIND[c]! : kindOf(c)) !== 1) {
        if (c === 46 || c === 33 || c === 63 || c === 10) sentenceStart = true;
        else if (c === 93 && text.charCodeAt(i + 1) === 40) i = skipTo(text, i + 1, 41);
        else if (c === 60 && i + 1 < end && /[A-Za-z/!]/.test(text[i + 1]!)) i = skipTo(text, i, 62);
        i++;
        continue;
      }
      const start = i;
      const name = !sentenceStart && LOWER[c] !== c;
      sentenceStart = false;
      let hash = 0x811c9dc5;
      let check = 0x9e3779b9;
      for (;;) {
        // ASCII letters and digits are lower-cased by setting bit 5; anything else goes through the table.
        const lower = c < 128 ? c | 32 : LOWER[c]!;
        hash = Math.imul(hash ^ lower, 16777619);
        check = Math.imul(check + lower, 0x85ebca6b) ^ (check >>> 13);
        if (++i === end) break;
        c = text.charCodeAt(i);
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) continue;
        const kind = c < 128 ? KIND[c]! : kindOf(c);
        if (kind !== 1 && !(kind === 2 && i + 1 < end && kindOf(text.charCodeAt(i + 1)) === 1)) break;
      }
      if (i < end && c === 58 && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47) {
        i = skipTo(text, i, -1) + 1;
        continue;
      }
      words++;
      const id = this.lookup(text, start, i, hash | 0, check | 0);
      if (id >= 0) {
        if (count === this.found.length) this.growFound();
        this.named[count] = name ? 1 : 0;
        this.found[count++] = id;
      }
    }
    return count;
  }

  private growFound(): void {
    const found = new Int32Array(this.found.length * 2);
    const named = new Uint8Array(this.found.length * 2);
    found.set(this.found);
    named.set(this.named);
    this.found = found;
    this.named = named;
  }

  private lookup(text: string, start: number, end: number, hash: number, check: number): number {
    const slots = this.slots;
    const mask = slots.length / 3 - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[3 * slot + 2]!;
      if (id === FREE) return this.add(slot, hash, check, text.slice(start, end));
      if (slots[3 * slot] === hash && slots[3 * slot + 1] === check) return id;
    }
  }

  private add(slot: number, hash: number, check: number, written: string): number {
    let form = "";
    for (let i = 0; i < written.length; i++) form += String.fromCharCode(LOWER[written.charCodeAt(i)]!);
    const term = indexTerm(form);
    let id = -1;
    if (term !== undefined) {
      id = this.ids.get(term) ?? this.terms.length;
      if (id === this.terms.length) {
        this.ids.set(term, id);
        this.terms.push(term);
      }
    }
    this.slots[3 * slot] = hash;
    this.slots[3 * slot + 1] = check;
    this.slots[3 * slot + 2] = id;
    if (++this.formCount * 6 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = emptySlots((old.length / 3) * 2);
    const mask = this.slots.length / 3 - 1;
    for (let k = 0; k < old.length; k += 3) {
      if (old[k + 2] === FREE) continue;
      let slot = old[k]! & mask;
      while (this.slots[3 * slot + 2] !== FREE) slot = (slot + 1) & mask;
      this.slots.set(old.subarray(k, k + 3), 3 * slot);
    }
  }
}

// The index of the closing character `close` (or, for -1, of the next whitespace) after i, never past the line.
function skipTo(text: string, i: number, close: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === close || (close === -1 && (c === 32 || c === 9 || c === 13 || c === 41 || c === 62)))
      return c === close ? j : j - 1;
  }
  return text.length;
}

// A table of `count` free slots.
function emptySlots(count: number): Int32Array<ArrayBuffer> {
  const slots = new Int32Array(3 * count);
  for (let k = 2; k < slots.length; k += 3) slots[k] = FREE;
  return slots;
}
