// Open syllables that never end in "s", so the tokenizer's plural folding leaves generated words alone.
const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ren",
  "ta",
  "vo",
  "dri",
  "nel",
  "por",
  "sun",
  "bex",
  "tor",
  "lan",
  "qui",
  "ma",
  "zet",
  "fa",
  "gul",
  "hen",
  "jo",
  "kri",
  "lum",
  "nor",
  "pe",
  "rag",
  "ti",
  "ul",
  "vex",
  "wan",
  "yor",
  "zi",
  "bar",
];

/** The i-th made-up word: two syllables for the first 1024, three after; distinct for every i. */
export function pseudoWord(i: number): string {
  const n = SYLLABLES.length;
  if (i < n * n) return SYLLABLES[Math.floor(i / n)]! + SYLLABLES[i % n]!;
  const j = i - n * n;
  return SYLLABLES[Math.floor(j / (n * n)) % n]! + SYLLABLES[Math.floor(j / n) % n]! + SYLLABLES[j % n]!;
}

/** A word with its first letter in upper case. */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
