import { fitWidth, formatPhaseEnd, formatProgress, type ProgressState } from "./progress-format.ts";
import { isCi, progressMode, type ProgressMode } from "./progress-mode.ts";

/** Where progress goes: process.stderr in the build, a fake in tests. */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
  /** False once a Node stream has ended or been destroyed: writing then would raise an "error" event. */
  readonly writable?: boolean;
}

/** How a progress reporter is made: its stream, its mode (see progressMode) and a clock in milliseconds. */
export interface ProgressOptions {
  readonly stream: ProgressStream;
  readonly mode: ProgressMode;
  /** A monotonic clock in ms (performance.now in the build), passed in so tests control time. */
  readonly now: () => number;
  /** Log mode: the least time between two progress lines, in ms (default 10 s). */
  readonly logEvery?: number;
  /** Line mode: the least time between two redraws, in ms (default 100, ten a second). */
  readonly redrawEvery?: number;
}

/** A progress reporter: one phase at a time, each ended by the next phase or by end(). */
export interface Progress {
  /** Ends the running phase (printing its line with elapsed time) and starts `name`, counting towards `total` if known. */
  phase(name: string, total?: number, unit?: string): void;
  /** Advances the running phase by `done` (default 1). */
  tick(done?: number): void;
  /** Sets how much of the running phase is done. */
  set(done: number): void;
  /** Ends the last phase; on a terminal the cursor is left at the start of a fresh line. */
  end(): void;
}

const CLEAR_TO_END = "\x1b[K";
const DEFAULT_COLUMNS = 80;

interface Running {
  readonly name: string;
  readonly total: number | undefined;
  readonly unit: string;
  readonly started: number;
  done: number;
}

/** A reporter that writes nothing at all. */
const SILENT: Progress = { phase() {}, tick() {}, set() {}, end() {} };

/**
 * A progress reporter. "line": one line redrawn in place (`\r`, text cut to the terminal's width, clear to end),
 * at most ten times a second; "log": a plain line at most every 10 s of a phase; "off": nothing.
 * Both visible modes print one line as each phase ends. No timers: it draws only when told of progress,
 * so it never keeps the process alive.
 */
export function createProgress(options: ProgressOptions): Progress {
  if (options.mode === "off") return SILENT;
  const { stream, mode, now } = options;
  const every = mode === "line" ? (options.redrawEvery ?? 100) : (options.logEvery ?? 10_000);
  let running: Running | undefined;
  let lastShown = 0;
  let lastText = "";
  let broken = false;

  // Progress is never worth failing a build for: a closed or throwing stream just silences it.
  const write = (text: string): void => {
    if (broken || stream.writable === false) return;
    try {
      stream.write(text);
    } catch {
      broken = true;
    }
  };
  const state = (r: Running, at: number): ProgressState => ({
    name: r.name,
    done: r.done,
    total: r.total,
    unit: r.unit,
    elapsedMs: at - r.started,
  });
  // One column short of the width, because writing the last column makes some terminals wrap before the `\r`.
  const inPlace = (text: string): string =>
    `\r${fitWidth(text, Math.max(1, (stream.columns ?? DEFAULT_COLUMNS) - 1))}${CLEAR_TO_END}`;

  const show = (force: boolean): void => {
    if (!running) return;
    const at = now();
    if (!force && at - lastShown < every) return;
    const text = formatProgress(state(running, at));
    if (mode === "line" && text === lastText) return;
    lastShown = at;
    lastText = text;
    write(mode === "line" ? inPlace(text) : `${text}\n`);
  };
  const finish = (): void => {
    if (!running) return;
    const text = formatPhaseEnd(state(running, now()));
    running = undefined;
    write(mode === "line" ? `${inPlace(text)}\n` : `${text}\n`);
  };

  return {
    phase(name, total, unit = "pages") {
      finish();
      running = {
        name,
        total: total !== undefined && Number.isFinite(total) ? total : undefined,
        unit,
        started: now(),
        done: 0,
      };
      lastShown = running.started;
      lastText = "";
      // A terminal shows the new phase at once; a log waits, so short phases give only their end line.
      if (mode === "line") show(true);
    },
    tick(done = 1) {
      if (!running) return;
      running.done += done;
      show(false);
    },
    set(done) {
      if (!running) return;
      running.done = done;
      show(false);
    },
    end() {
      finish();
    },
  };
}

/** A command's progress on stderr (so stdout stays clean when piped), in the mode its terminal and CI call for. */
export function stderrProgress(quiet: boolean, env: Readonly<Record<string, string | undefined>>): Progress {
  return createProgress({
    stream: process.stderr,
    mode: progressMode({ quiet, isTTY: process.stderr.isTTY === true, ci: isCi(env), dumb: env.TERM === "dumb" }),
    now: () => performance.now(),
  });
}
