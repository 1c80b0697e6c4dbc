/**
 * The builds the full-build benchmark puts side by side, in the order they take turns. `hugo-pagefind` is what a
 * Hugo newsroom with full-text search runs: Hugo, then Pagefind's command line over Hugo's output.
 */
export const CONTENDERS = ["newsdesk", "floor", "hugo", "hugo-pagefind"] as const;

/** One of the compared builds. */
export type ContenderName = (typeof CONTENDERS)[number];

/** One timed phase, as newsdesk's build report names it. */
export interface PhaseTime {
  readonly name: string;
  readonly seconds: number;
  /** Runs alongside the other phases (newsdesk's search index), so their sum leaves it out. */
  readonly concurrent?: boolean;
}

/** One build of one contender: what it made and took, or why it failed. */
export type ContenderRun =
  | {
      readonly ok: true;
      /** Wall time from spawning the build to its exit. */
      readonly seconds: number;
      /** Peak RSS of the build's own process, bytes. */
      readonly peakRss: number;
      /** Peak RSS summed over its process tree (newsdesk runs Pagefind as a child), bytes. */
      readonly treePeakRss: number;
      readonly pages: number;
      readonly files: number;
      readonly bytes: number;
      /** newsdesk's phases from its build report; empty for the others. */
      readonly phases: readonly PhaseTime[];
      /** newsdesk: seconds from its start to the last page written, before it waits for the search index. */
      readonly pagesWrittenAt?: number;
    }
  | { readonly ok: false; readonly seconds: number; readonly error: string };

/** A contender over all its runs. Times are seconds; null when it did not build (status failed or skipped). */
export interface ContenderResult {
  readonly name: ContenderName;
  readonly status: "ok" | "failed" | "skipped";
  /** Why it failed or was skipped. */
  readonly reason?: string;
  readonly runs: readonly ContenderRun[];
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly pages: number | null;
  readonly pagesPerSecond: number | null;
  readonly files: number | null;
  readonly bytes: number | null;
  /** Largest peak RSS over the runs, bytes: its own process, and summed over its process tree. */
  readonly peakRss: number | null;
  readonly treePeakRss: number | null;
}

/** A phase's median time over newsdesk's runs and its share of newsdesk's median wall time. */
export interface PhaseMedian extends PhaseTime {
  readonly share: number;
}

/** The comparison at one archive size. */
export interface FullBuildResult {
  readonly articles: number;
  readonly seed: number;
  readonly runs: number;
  /** The percentage of the archive's internal links that lead to no page, when its articles link to each other. */
  readonly deadLinks?: number;
  readonly contenders: readonly ContenderResult[];
  /** newsdesk's phases in the order its report lists them. */
  readonly phases: readonly PhaseMedian[];
  /** newsdesk's median divided by the floor's and by Hugo's; null when either has no median. */
  readonly ratios: {
    readonly floor: number | null;
    readonly hugo: number | null;
    readonly hugoPagefind: number | null;
    /** newsdesk's median time to its last page written (its build without search) over Hugo alone's median. */
    readonly pagesHugo: number | null;
  };
  /** newsdesk's median time to its last page written, seconds (null when no run reported it). */
  readonly pagesWrittenAt: number | null;
}

/** The median of some numbers (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A contender's result from its runs: ok only when every run built. */
export function contenderResult(name: ContenderName, runs: readonly ContenderRun[], skipped?: string): ContenderResult {
  const built = runs.flatMap((r) => (r.ok ? [r] : []));
  const failed = runs.find((r) => !r.ok);
  const status = skipped !== undefined ? "skipped" : failed || built.length === 0 ? "failed" : "ok";
  const ok = status === "ok";
  const seconds = built.map((r) => r.seconds);
  const last = built.at(-1);
  const mid = ok ? median(seconds) : null;
  return {
    name,
    status,
    runs,
    ...(skipped !== undefined ? { reason: skipped } : failed && !failed.ok ? { reason: failed.error } : {}),
    median: mid,
    min: ok ? Math.min(...seconds) : null,
    max: ok ? Math.max(...seconds) : null,
    pages: ok ? last!.pages : null,
    pagesPerSecond: ok && mid ? last!.pages / mid : null,
    files: ok ? last!.files : null,
    bytes: ok ? last!.bytes : null,
    peakRss: ok ? Math.max(...built.map((r) => r.peakRss)) : null,
    treePeakRss: ok ? Math.max(...built.map((r) => r.treePeakRss)) : null,
  };
}

/** newsdesk's per-phase medians over its runs, with each phase's share of its median wall time. */
export function phaseMedians(result: ContenderResult): PhaseMedian[] {
  const names: string[] = [];
  for (const run of result.runs)
    if (run.ok) for (const p of run.phases) if (!names.includes(p.name)) names.push(p.name);
  return names.map((name) => {
    const times = result.runs.flatMap((r) =>
      r.ok ? r.phases.filter((p) => p.name === name).map((p) => p.seconds) : [],
    );
    const seconds = median(times) ?? 0;
    const concurrent = result.runs.some((r) => r.ok && r.phases.some((p) => p.name === name && p.concurrent));
    return {
      name,
      seconds,
      share: result.median ? seconds / result.median : 0,
      ...(concurrent ? { concurrent: true } : {}),
    };
  });
}

/** The whole comparison at one size from each contender's runs (newsdesk's must be among them). */
export function fullBuildResult(
  options: { articles: number; seed: number; runs: number; deadLinks?: number },
  contenders: readonly ContenderResult[],
): FullBuildResult {
  const of = (name: ContenderName) => contenders.find((c) => c.name === name);
  const newsdesk = of("newsdesk");
  const ratio = (other: ContenderResult | undefined) =>
    newsdesk?.median && other?.median ? newsdesk.median / other.median : null;
  const written = (newsdesk?.runs ?? []).flatMap((r) => (r.ok && r.pagesWrittenAt ? [r.pagesWrittenAt] : []));
  const pagesWrittenAt = newsdesk?.status === "ok" && written.length > 0 ? median(written) : null;
  return {
    ...options,
    contenders,
    phases: newsdesk ? phaseMedians(newsdesk) : [],
    ratios: {
      floor: ratio(of("floor")),
      hugo: ratio(of("hugo")),
      hugoPagefind: ratio(of("hugo-pagefind")),
      pagesHugo: pagesWrittenAt !== null && of("hugo")?.median ? pagesWrittenAt / of("hugo")!.median! : null,
    },
    pagesWrittenAt,
  };
}
