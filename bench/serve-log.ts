/** One line the server printed, with when it arrived (milliseconds on the performance.now() clock). */
export interface LogLine {
  readonly at: number;
  readonly text: string;
}

// Eleventy's line at the end of every build, first or re-, e.g. "[11ty] Wrote 184 files in 0.90 seconds (v3.1.8)".
const BUILD_DONE = /\[11ty\] Wrote \d+ files? in /;

/** When the server first said a build finished at or after `since`, or undefined if it has not. */
export function buildDoneAt(lines: readonly LogLine[], since: number): number | undefined {
  return lines.find((line) => line.at >= since && BUILD_DONE.test(line.text))?.at;
}

/** Splits output that arrived in chunks into whole lines: those complete so far, and the unfinished rest. */
export function splitLines(pending: string, chunk: string): { readonly lines: string[]; readonly rest: string } {
  const parts = (pending + chunk).split(/\r?\n/);
  const rest = parts.pop()!;
  return { lines: parts, rest };
}
