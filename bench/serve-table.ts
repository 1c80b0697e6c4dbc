import type { ServeBenchResult, ServeTiming } from "./serve-results.ts";

const MB = 1024 * 1024;
const secs = (s: number | null) => (s === null ? "–" : `${s.toFixed(2)} s`);
const row = (label: string, ...cells: (number | null)[]) =>
  label.padEnd(30) + cells.map((s, i) => secs(s).padStart([12, 15, 14][i]!)).join("");
const timed = (label: string, t: ServeTiming) => row(label, t.seconds, t.logSeconds, t.idleSeconds);

/**
 * The serve bench as a table: cold start, then per run and as medians the time from an edit until the middle
 * article's page, and until the home page, served the new title; beside each, until the server logged the build done
 * and until it went quiet.
 */
export function serveTable(result: ServeBenchResult): string {
  const lines = [
    `Serve: edit to browser on ${result.articles.toLocaleString("en")} articles (seed ${result.seed}), node ${result.node}, ${result.date}`,
    `${"".padEnd(30)}${"page served".padStart(12)}${"build logged".padStart(15)}${"server idle".padStart(14)}`,
    timed("cold start (spawn → page)", result.coldStart),
  ];
  for (const r of result.runs) {
    lines.push(timed(`run ${r.run}: edit → article page`, r.article), timed(`run ${r.run}: edit → home page`, r.home));
  }
  const m = result.medians;
  lines.push(
    row("median: edit → article page", m.article, m.articleLog, m.articleIdle),
    row("median: edit → home page", m.home, m.homeLog, m.homeIdle),
    `server peak RSS ${Math.round(result.peakRss / MB).toLocaleString("en")} MB, with its children ${Math.round(result.treePeakRss / MB).toLocaleString("en")} MB; stopped by ${result.stopped}`,
  );
  return lines.join("\n");
}
