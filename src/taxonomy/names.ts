// An archive names the same few thousand entities tens of thousands of times: each key is made once per process
// (cleared if the map ever grows huge).
const keys = new Map<string, string>();

/** The form names are compared in: no accents, no dots, curly quotes straightened, case and spacing folded. */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size > 100_000) keys.clear();
    key = makeKey(name);
    keys.set(name, key);
  }
  return key;
}

function makeKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, "")
    .replace(/[\s_-]+/g, " ")
    .trim()
    .toLowerCase();
}

/** Damerau–Levenshtein distance (optimal string alignment) between two strings. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The closest of `candidates` (name → canonical name) to `input`, when close enough to be a likely typo:
 * at most a third of the input's length, and at most 3 edits.
 */
export function closestName(input: string, candidates: ReadonlyMap<string, string>): string | undefined {
  const key = nameKey(input);
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  let best: { distance: number; name: string } | undefined;
  for (const [candidate, canonical] of candidates) {
    if (Math.abs(candidate.length - key.length) > limit) continue;
    const distance = editDistance(key, candidate);
    if (
      distance <= limit &&
      (!best || distance < best.distance || (distance === best.distance && canonical < best.name))
    ) {
      best = { distance, name: canonical };
    }
  }
  return best?.name;
}
