/** What one progress line describes: a phase, how far it is and how long it has run. */
export interface ProgressState {
  readonly name: string;
  readonly done: number;
  readonly total: number | undefined;
  readonly unit: string;
  readonly elapsedMs: number;
}

/** A whole number with commas between thousands ("15,666"), the same on every machine whatever its locale. */
export function groupDigits(n: number): string {
  const rounded = Math.round(n);
  const sign = rounded < 0 ? "-" : "";
  return sign + String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Elapsed time as "6.5 s" under a minute, then "2 min 05 s". */
export function formatElapsed(ms: number): string {
  // Round to tenths first so 59.96 s reads "1 min 00 s", never "60.0 s".
  const tenths = Math.round(Math.max(0, ms) / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)} s`;
  const seconds = Math.floor(tenths / 10);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}

/** Items per second as "1,240/s", or "2.5/s" below ten where a whole number would hide the speed. */
export function formatRate(done: number, elapsedMs: number): string {
  const rate = done / (elapsedMs / 1000);
  // 9.95 and up would print as "10.0/s", so they join the whole numbers.
  return rate < 9.95 ? `${rate.toFixed(1)}/s` : `${groupDigits(rate)}/s`;
}

/**
 * A running phase as "render + write  8,120/15,666 pages  1,240/s  6.5 s"; with no total "8,120 pages  1,240/s  6.5 s";
 * a phase that counts nothing shows its name and time alone. The rate is over the phase so far.
 */
export function formatProgress(state: ProgressState): string {
  const count =
    state.total === undefined ? groupDigits(state.done) : `${groupDigits(state.done)}/${groupDigits(state.total)}`;
  return joinParts(state, count);
}

/** A finished phase as "render + write  15,666 pages  1,243/s  12.6 s  done": what was done, not what was expected. */
export function formatPhaseEnd(state: ProgressState): string {
  return `${joinParts(state, groupDigits(state.done))}  done`;
}

function joinParts(state: ProgressState, count: string): string {
  const parts = [state.name];
  if (state.total !== undefined || state.done > 0) {
    parts.push(`${count} ${state.unit}`);
    // A rate over no time at all is meaningless, so a phase's first instant shows none.
    if (state.elapsedMs > 0) parts.push(formatRate(state.done, state.elapsedMs));
  }
  parts.push(formatElapsed(state.elapsedMs));
  return parts.join("  ");
}

/** Text cut to at most `width` characters (code points, so a cut never splits a surrogate pair). */
export function fitWidth(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : chars.slice(0, Math.max(0, width)).join("");
}
