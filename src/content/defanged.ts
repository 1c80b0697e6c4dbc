// Defanged indicators: the addresses security writers break on purpose (hxxp://, example[.]com, user[@]example[.]com)
// so that no reader, mail client or chat preview follows them. Each needs a defang mark and the shape of an address.

/** A defanged indicator in a text: its offsets (end exclusive) and the text as written. */
export interface DefangedSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// A mark is a dot, at, colon or "://" inside one pair of brackets: [.] (.) {.} [dot] [@] [at] [:] [://].
const bracketed = (inner: string) => `\\[(?:${inner})\\]|\\((?:${inner})\\)|\\{(?:${inner})\\}`;
const DOT_MARK = bracketed("\\.|dot");
const AT_MARK = bracketed("@|at");
const COLON_MARK = bracketed(":");
const SEPARATOR_MARK = bracketed(":\\/\\/");
const LABEL = "[\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*";
// The last label of a host: a top-level domain of letters (or punycode), or the last number of an IPv4 address.
const LAST_LABEL = "(?:xn--[a-z0-9-]+|\\p{L}{2,63}|\\d{1,3})(?![\\p{L}\\p{N}_-])";
const CANDIDATE = new RegExp(
  [
    // Not inside a word, a dotted name, an address or a path, nor glued to a closing bracket (also what keeps the
    // search linear: no run is started again in its own middle).
    "(?<![\\p{L}\\p{N}_.%+@/\\\\)\\]}-])",
    `(?:(?<scheme>[a-z][a-z0-9+-]*)(?::\\/\\/|(?:${COLON_MARK})\\/\\/|${SEPARATOR_MARK}))?`,
    `(?:[\\p{L}\\p{N}_%+][\\p{L}\\p{N}._%+-]*(?:@|${AT_MARK}))?`,
    `(?<host>(?:${LABEL}(?:\\.|${DOT_MARK}))+${LAST_LABEL})`,
    `(?:(?::|${COLON_MARK})\\d{1,5}(?!\\d))?`,
    "(?:[/?#][^\\s<>\"'`]*)?",
  ].join(""),
  "giu",
);
const ANY_MARK = new RegExp(`${DOT_MARK}|${AT_MARK}|${COLON_MARK}|${SEPARATOR_MARK}`, "iu");
const DEFANGED_SCHEME = /^(?:hxxps?|fxps?)$/i;
// Every indicator holds one of these: most text holds none, and is passed over at the cost of one quick search.
const PRETEST = /[[({](?:\.|dot|@|at|:)|hxxp|fxp/i;
const MAY_BE_ESCAPED = /[[({]\\|&/;
// Punctuation that ends a sentence rather than an address; a closing bracket is the address's only when it opened.
const TRAILING = /[.,;:!?]$/;
const PAIRS: Readonly<Record<string, string>> = { ")": "(", "]": "[", "}": "{" };

/**
 * The defanged indicators in `text`, in order: a URL, host name, IPv4 address or email address (at least two
 * labels, the last a top-level domain, or four numbers up to 255) written with a defang mark: an hxxp, hxxps, fxp or
 * fxps scheme, or [.] (.) {.} [dot] [@] [at] [:] or [://] (any of the three bracket pairs; words in any case).
 * Prose brackets ("see [1]", "a [.] alone") and addresses without a mark are not indicators.
 */
export function findDefanged(text: string): DefangedSpan[] {
  const spans: DefangedSpan[] = [];
  if (!PRETEST.test(text)) return spans;
  for (const match of text.matchAll(CANDIDATE)) {
    const written = trimTrailing(match[0]);
    const { scheme, host } = match.groups as { scheme?: string; host: string };
    if (!isHost(host)) continue;
    if (!(scheme !== undefined && DEFANGED_SCHEME.test(scheme)) && !ANY_MARK.test(written)) continue;
    spans.push({ start: match.index, end: match.index + written.length, text: written });
  }
  return spans;
}

/**
 * Whether Markdown `source` may hold a defanged indicator once its escapes and entities are read (`[\\.]`, `&#91;.]`):
 * false lets a renderer skip the text without looking further.
 */
export function mayHoldDefanged(source: string): boolean {
  return PRETEST.test(source) || MAY_BE_ESCAPED.test(source);
}

/** Whether `text` is, all of it, one defanged indicator (surrounding spaces aside). */
export function isDefanged(text: string): boolean {
  const trimmed = text.trim();
  const spans = findDefanged(trimmed);
  return spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === trimmed.length;
}

// A name ending in a number is an IPv4 address or nothing: four numbers, each up to 255.
function isHost(host: string): boolean {
  const labels = host.split(new RegExp(`\\.|${DOT_MARK}`, "iu"));
  if (!/^\d+$/.test(labels.at(-1)!)) return true;
  return labels.length === 4 && labels.every((label) => /^\d{1,3}$/.test(label) && Number(label) <= 255);
}

// "(see hxxp://evil[.]com/x)." ends at the x: the full stop and the bracket that opened before it are the sentence's.
function trimTrailing(written: string): string {
  const open = new Map(
    Object.entries(PAIRS).map(([closer, opener]) => [closer, count(written, closer) - count(written, opener)]),
  );
  let end = written.length;
  for (;;) {
    const last = written[end - 1] ?? "";
    const unmatched = open.get(last) ?? 0;
    if (TRAILING.test(last)) end--;
    else if (unmatched > 0) {
      open.set(last, unmatched - 1);
      end--;
    } else return written.slice(0, end);
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
