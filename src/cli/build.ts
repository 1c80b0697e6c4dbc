import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { DateTime } from "luxon";
import { ContentError, type Diagnostic } from "../model/diagnostic.ts";
import { formatPhases, type BuildSummary } from "../build/build-summary.ts";
import { CONTENT_OPTIONS, UsageError, parseOptions, wholeNumber } from "./args.ts";
import { checkUrlOptions } from "./url-options.ts";
import { writeAtomically } from "./atomic.ts";
import { claimOutputFolder } from "./output-folder.ts";
import { claimReportFile } from "./report-file.ts";
import { IncrementalStore } from "../build/incremental-store.ts";
import { compressedCopies, precompress } from "./compress.ts";
import type { TreeSize } from "./output-stats.ts";
import { Refused } from "./refused.ts";
import { formatReport } from "./check-report.ts";
import { stderrProgress } from "./progress.ts";

/**
 * `newsdesk build`: renders into a temporary folder beside --out and swaps it in only when all succeeded.
 * "Now" (scheduled articles, news sitemap) is --now, else SOURCE_DATE_EPOCH, else the clock.
 */
export async function build(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values } = parseOptions(args, {
    ...CONTENT_OPTIONS,
    out: { type: "string", default: "_site" },
    "base-url": { type: "string" },
    "path-prefix": { type: "string" },
    drafts: { type: "boolean", default: false },
    future: { type: "boolean", default: false },
    now: { type: "string" },
    report: { type: "string" },
    "fail-on-warnings": { type: "boolean", default: false },
    compress: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
    batch: { type: "string" },
    "search-shards": { type: "string" },
    incremental: { type: "boolean", default: false },
  });
  const contentDir = resolve(values.content);
  checkUrlOptions(values["base-url"], values["path-prefix"]);
  const now = buildNow(values.now, env.SOURCE_DATE_EPOCH);
  // Before anything is read or written: --out must be newsdesk's to replace, and --report writable.
  const out = await claimOutputFolder(values.out, { contentDir });
  const reportFile = values.report === undefined ? undefined : await claimReportFile(values.report, out);
  const started = performance.now();
  const progress = stderrProgress(values.quiet, env);
  let diagnostics: readonly Diagnostic[] = [];
  let summary: BuildSummary | undefined;
  let compressed = 0;
  let size: TreeSize;
  let files: ReadonlyMap<string, number>;
  const background: Promise<unknown>[] = [];
  const stops: (() => void)[] = [];
  // Eleventy holds what it writes until the write ends: 5,000 files a write keeps that to a few hundred MB.
  const batches = { size: wholeNumber(values.batch, "batch", 5_000), index: 0, count: 1 };
  const searchShards =
    values["search-shards"] === undefined ? undefined : wholeNumber(values["search-shards"], "search-shards", 1);
  // --incremental reuses the files of the last build whose inputs are unchanged (src/build/incremental-store.ts). Any
  // build that succeeds removes the last manifest before its output replaces the one the manifest described.
  // (--compress too: a build patches the last output with what it wrote, and keeps the last output's compressed copies.)
  const settings = [
    values["base-url"],
    values["path-prefix"],
    values.drafts,
    values.future,
    searchShards,
    values.compress,
  ];
  const incremental = await IncrementalStore.open(out, settings, values.incremental);
  try {
    // The previous output is removed in the background (src/cli/atomic.ts): the build is done once this is in place.
    ({ size, files } = await writeAtomically(out, async (staging) => {
      // Eleventy is loaded once the command line and --out have passed: a refusal need not wait for it.
      const { createEleventy } = await import("./eleventy.ts");
      // Eleventy is held only while it writes: the search index may take longer, and its pages are let go.
      const write = async () => {
        const eleventy = await createEleventy(
          staging,
          {
            contentDir,
            drafts: values.drafts,
            future: values.future,
            baseUrl: values["base-url"],
            pathPrefix: values["path-prefix"],
            now,
            preview: false,
            strict: values["fail-on-warnings"],
            onLoaded: (found) => (diagnostics = found),
            onBuilt: (built) => (summary = built),
            onBackground: (work, stop) => {
              background.push(work);
              stops.push(stop);
            },
            progress,
            batches,
            searchShards,
            incremental,
          },
          "build",
        );
        // newsdesk prints its own summary (and reports every failure itself), so Eleventy's "Wrote N files" line goes.
        eleventy.disableLogger();
        do await eleventy.write();
        while (++batches.index < batches.count);
      };
      try {
        await write();
        // The search index, and the build's summary once it is written: a failure of either fails the build.
        await Promise.all(background);
      } catch (error) {
        // The search index started right after loading; a build that failed since has no use for it.
        for (const stop of stops) stop();
        throw error;
      } finally {
        // Nothing may still be writing into the staging folder when it is swapped in or removed.
        await Promise.allSettled(background);
      }
      if (values.compress) compressed = await precompress(staging);
      await IncrementalStore.forget(out);
      // build --incremental wrote only what changed: the last output is patched with it, keeping the rest.
      const patch = incremental?.patch();
      if (!patch || patch.keep.size === 0) return undefined;
      const copies = values.compress ? compressedCopies(patch.keep) : [];
      compressed += copies.length / 2;
      return { ...patch, keep: new Set([...patch.keep, ...copies]) };
    }));
  } catch (error) {
    progress.end();
    await incremental?.discard();
    // Someone's files appeared in --out during the build: its one-line refusal, exit 2 (src/cli/atomic.ts).
    if (error instanceof Refused) throw error;
    const { findCause } = await import("./eleventy.ts");
    const contentError = findCause(error, (e): e is ContentError => e instanceof Error && e.name === "ContentError");
    console.error(
      contentError ? formatReport(contentError.diagnostics) : `newsdesk build failed: ${(error as Error).message}`,
    );
    console.error(existsSync(out) ? `Nothing was written: ${values.out} is as it was.` : "Nothing was written.");
    return 1;
  }
  progress.end();
  await incremental?.save(files);
  const reuse = incremental?.summary();
  if (diagnostics.length > 0) console.error(formatReport(diagnostics));
  const seconds = (performance.now() - started) / 1000;
  const report = {
    ...summary,
    ...(reuse
      ? {
          incremental: {
            rendered: reuse.rendered,
            reused: reuse.reused,
            searchReused: reuse.searchReused,
            searchRebuilt: reuse.searchRebuilt,
            searchBundles: reuse.searchBundles,
            articlesReused: reuse.articlesReused,
          },
        }
      : {}),
    output: { folder: values.out, ...size, precompressed: compressed },
    seconds: Number(seconds.toFixed(3)),
  };
  if (reportFile) await writeFile(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  if (!values.quiet && summary) {
    // The taxonomies the archive has terms in: a site without actors or CVEs is not told it has none.
    const topics = Object.entries(summary.topics)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`)
      .join(", ");
    console.log(
      `Built ${summary.articles} articles into ${summary.pages} pages (${topics}) in ${seconds.toFixed(2)} s`,
    );
    console.log(`  ${formatPhases(summary.phases)}`);
    if (reuse) {
      const { reused, rendered, searchRebuilt, searchBundles: bundles, articlesReused: articles } = reuse;
      const search =
        searchRebuilt === 0 ? "reused" : bundles === 1 ? "rebuilt" : `${searchRebuilt} of ${bundles} bundles rebuilt`;
      console.log(
        `  incremental: ${articles} articles unchanged since the last build; ${rendered} files rendered, ${reused} reused; search index ${search}`,
      );
    }
    console.log(
      `  ${values.out}: ${size.files} files, ${(size.bytes / 1_048_576).toFixed(1)} MiB${compressed ? `, ${compressed} precompressed (.gz, .br)` : ""}; ${summary.searchRecords} articles searchable; ${summary.warnings} warnings`,
    );
  }
  return 0;
}

/** The build's "now" as ISO text: --now, else SOURCE_DATE_EPOCH (seconds), else undefined (the clock). */
export function buildNow(flag: string | undefined, epoch: string | undefined): string | undefined {
  if (flag !== undefined) {
    const parsed = DateTime.fromISO(flag, { setZone: true });
    if (!parsed.isValid)
      throw new UsageError(`--now takes an ISO date-time such as 2026-01-01T12:00:00Z, not '${flag}'`);
    return flag;
  }
  if (epoch !== undefined && epoch !== "") {
    if (!/^\d+$/.test(epoch))
      throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not '${epoch}'`);
    return DateTime.fromSeconds(Number(epoch), { zone: "utc" }).toISO() ?? undefined;
  }
  return undefined;
}
