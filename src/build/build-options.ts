import { resolve } from "node:path";
import type { Diagnostic } from "../model/diagnostic.ts";
import type { SiteModel } from "../site/site-model.ts";
import type { BuildSummary } from "./build-summary.ts";
import type { IncrementalStore } from "./incremental-store.ts";

/** How newsdesk builds: set by the command line, defaults for a plain Eleventy run. */
export interface NewsdeskOptions {
  /** Content folder (articles/, pages/, _data/); absolute once resolved. */
  readonly contentDir: string;
  readonly drafts: boolean;
  readonly future: boolean;
  readonly baseUrl?: string;
  readonly pathPrefix?: string;
  /** ISO date-time of the build's "now"; the clock when absent. */
  readonly now?: string;
  /** Serve mode: drafts and scheduled articles carry a visible banner. */
  readonly preview: boolean;
  /** Warnings count as errors (build --fail-on-warnings). */
  readonly strict?: boolean;
  /** Told what each load found, before pages are written. */
  readonly onLoaded?: (diagnostics: readonly Diagnostic[], model: SiteModel | undefined) => void;
  /** Told what a build made and how long each phase took, after everything is written. */
  readonly onBuilt?: (summary: BuildSummary) => void;
  /** Told each phase as it starts and how far it has got (build's progress display). */
  readonly progress?: ProgressSink;
  /** Write the files in batches, one Eleventy write each (build drives them), so Eleventy never holds every page at once. */
  readonly batches?: WriteBatches;
  /** Pagefind bundles to split the search index into (default one, see src/search/shards.ts). */
  readonly searchShards?: number;
  /**
   * Handed work that runs alongside Eleventy's (the search index), so a failed build can stop it (`stop`) and
   * wait for it before cleaning up.
   */
  readonly onBackground?: (work: Promise<unknown>, stop: () => void) => void;
  /**
   * serve: asks for one more rebuild, for `reason` (a path no file has): the exact related articles are ready after
   * a save, or pages are still queued to write.
   */
  readonly requestRebuild?: (reason: string) => void;
  /** serve: its first build, written before Eleventy's watch starts (src/cli/serve.ts). */
  readonly firstBuild?: FirstBuild;
  /** serve: the most pages one write holds (serve --batch); more are queued for the next write. */
  readonly writeSize?: number;
  /** build --incremental: the last build's output, keys and articles; files whose inputs are unchanged are taken from it. */
  readonly incremental?: IncrementalStore;
}

/**
 * serve's first build. Eleventy's watch keeps what each of its rebuilds wrote, so a large archive's first build is
 * written as build writes it, a write's worth of pages at a time, before the watch starts; the write the watch
 * starts with then finds the site written and writes nothing.
 */
export interface FirstBuild {
  /** Set by the write that leaves no page queued: the preview holds the whole site. */
  written: boolean;
  /** Set by the write Eleventy's watch starts with. */
  watched: boolean;
}

/**
 * Batches of output files: Eleventy keeps every page it writes in memory until its write ends, which at 50,000
 * articles is more than Node's default heap. The first write loads content and sets `count`; each later write
 * (index 1 …) writes the next `size` files of the same site model.
 */
export interface WriteBatches {
  readonly size: number;
  index: number;
  count: number;
}

/** What a build tells a progress display: a phase (with a total when known), then how much of it is done. */
export interface ProgressSink {
  phase(name: string, total?: number, unit?: string): void;
  set(done: number): void;
}

const DEFAULTS: NewsdeskOptions = { contentDir: "content", drafts: false, future: false, preview: false };

/** The options a build runs with: the defaults, then `given`; the content folder resolved once, here. */
export function resolveOptions(given: Partial<NewsdeskOptions>): NewsdeskOptions {
  const options = { ...DEFAULTS, ...given };
  return { ...options, contentDir: resolve(options.contentDir) };
}
