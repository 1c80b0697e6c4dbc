/** How build progress is shown: redrawn in place on a terminal, plain periodic lines in logs, or not at all. */
export type ProgressMode = "line" | "log" | "off";

/** What decides the progress mode; every field is plain data so the choice is testable without a terminal. */
export interface ProgressModeInput {
  readonly quiet: boolean;
  readonly isTTY: boolean;
  readonly ci: boolean;
  /** TERM=dumb: a terminal that prints escape codes literally. */
  readonly dumb?: boolean;
}

/**
 * The progress mode: --quiet wins; CI gets plain lines even on a TTY, because CI runners often capture a
 * pseudo-terminal into a log file where `\r` redraws pile up; otherwise a real terminal gets the redrawn line.
 */
export function progressMode({ quiet, isTTY, ci, dumb = false }: ProgressModeInput): ProgressMode {
  if (quiet) return "off";
  if (ci || !isTTY || dumb) return "log";
  return "line";
}

/** Whether the environment says it is CI: CI set to anything but "", "0" or "false" (GitHub, GitLab and most set "true"). */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== "" && value !== "0" && value !== "false";
}
