import type { Diagnostic } from "../model/diagnostic.ts";
import { TAXONOMIES, type TaxonomyKind } from "../model/entity.ts";
import type { SiteModel } from "../site/site-model.ts";

/** One timed phase of a build. */
export interface Phase {
  readonly name: string;
  readonly seconds: number;
  /** Runs alongside other phases (in another process), so it is not part of their sum. */
  readonly concurrent?: boolean;
}

/** What a build made, for the summary line and --report. */
export interface BuildSummary {
  readonly articles: number;
  readonly pages: number;
  readonly topics: Readonly<Record<TaxonomyKind, number>>;
  readonly searchRecords: number;
  readonly warnings: number;
  readonly phases: readonly Phase[];
  /**
   * Seconds from the process's start to the last page written, before waiting for the search index: the build's
   * time without search, since Pagefind indexes in its own process alongside.
   */
  readonly pagesWrittenAt: number;
}

/** The summary of a build from its model, diagnostics and phase times. */
export function buildSummary(
  model: SiteModel,
  diagnostics: readonly Diagnostic[],
  phases: readonly Phase[],
  searchRecords: number,
  pagesWrittenAt: number,
): BuildSummary {
  return {
    articles: model.content.articles.length,
    pages: model.pages.length,
    topics: Object.fromEntries(TAXONOMIES.map((k) => [k, model.terms[k].length])) as Record<TaxonomyKind, number>,
    searchRecords,
    warnings: diagnostics.filter((d) => d.severity === "warning").length,
    phases,
    pagesWrittenAt,
  };
}

/** Phase times as "load + validate 0.41 s · related 0.02 s · …". */
export function formatPhases(phases: readonly Phase[]): string {
  return phases.map((p) => `${p.name} ${p.seconds.toFixed(2)} s`).join(" · ");
}

/** Measures named phases with a monotonic clock passed in (performance.now in the adapter). */
export class PhaseClock {
  private readonly totals = new Map<string, number>();
  private readonly alongside = new Set<string>();
  constructor(private readonly now: () => number) {}

  /** Marks a phase as running alongside the others. */
  concurrent(name: string): void {
    this.alongside.add(name);
  }

  /** Runs `work` and adds its time to `name`. */
  time<T>(name: string, work: () => T): T {
    const started = this.now();
    try {
      return work();
    } finally {
      this.add(name, this.now() - started);
    }
  }

  /** The seconds timed so far for a phase (0 if none). */
  seconds(name: string): number {
    return (this.totals.get(name) ?? 0) / 1000;
  }

  /** Adds milliseconds to a phase. */
  add(name: string, ms: number): void {
    this.totals.set(name, (this.totals.get(name) ?? 0) + ms);
  }

  /** The phases in the order first timed, in seconds. */
  phases(): Phase[] {
    return [...this.totals].map(([name, ms]) => ({
      name,
      seconds: ms / 1000,
      ...(this.alongside.has(name) ? { concurrent: true } : {}),
    }));
  }
}
