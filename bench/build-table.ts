import { PHASES } from "../src/build/pipeline.ts";
import type { ContenderResult, FullBuildResult } from "./build-results.ts";

const MB = 1024 * 1024;
const LABELS: Readonly<Record<ContenderResult["name"], string>> = {
  newsdesk: "newsdesk",
  floor: "bare Eleventy",
  hugo: "Hugo",
  "hugo-pagefind": "Hugo+Pagefind",
};

const count = (n: number) => Math.round(n).toLocaleString("en");
const secs = (s: number) => `${s.toFixed(2)} s`;
const mb = (bytes: number) => `${count(bytes / MB)} MB`;

/** One line per contender: median wall time, min–max, pages, pages per second, peak RSS (own and process tree). */
export function contenderTable(result: FullBuildResult): string {
  const lines = [
    `Full build of ${count(result.articles)} articles (seed ${result.seed}), ${result.runs} run${result.runs === 1 ? "" : "s"} each, taking turns`,
    `${"".padEnd(15)}${"median".padStart(9)}${"min–max".padStart(17)}${"pages".padStart(10)}${"pages/s".padStart(10)}${"peak RSS".padStart(11)}${"tree peak".padStart(11)}`,
  ];
  for (const c of result.contenders) {
    const label = LABELS[c.name].padEnd(15);
    if (c.status !== "ok") {
      lines.push(`${label}${c.status}: ${c.reason ?? "no run finished"}`);
      continue;
    }
    lines.push(
      label +
        [
          secs(c.median!).padStart(9),
          `${c.min!.toFixed(2)}–${c.max!.toFixed(2)} s`.padStart(17),
          count(c.pages!).padStart(10),
          count(c.pagesPerSecond!).padStart(10),
          mb(c.peakRss!).padStart(11),
          mb(c.treePeakRss!).padStart(11),
        ].join(""),
    );
  }
  return lines.join("\n");
}

/** newsdesk's phases (medians over its runs) with their shares of its wall time, then its ratios to the others. */
export function phaseTable(result: FullBuildResult): string {
  const newsdesk = result.contenders.find((c) => c.name === "newsdesk");
  const lines: string[] = [];
  if (newsdesk?.median) {
    const width = Math.max(28, ...result.phases.map((p) => p.name.length + 2));
    lines.push(`${"newsdesk phase (median)".padEnd(width)}${"time".padStart(9)}${"share".padStart(8)}`);
    for (const p of result.phases)
      lines.push(
        `${p.name.padEnd(width)}${secs(p.seconds).padStart(9)}${`${(p.share * 100).toFixed(1)} %`.padStart(8)}`,
      );
    // Start-up and whatever no phase times; a phase that runs alongside the others is not part of the sum.
    const rest = newsdesk.median - result.phases.reduce((sum, p) => sum + (p.concurrent ? 0 : p.seconds), 0);
    lines.push(
      `${"outside the phases".padEnd(width)}${secs(rest).padStart(9)}${`${((rest / newsdesk.median) * 100).toFixed(1)} %`.padStart(8)}`,
    );
    lines.push(`${"wall time".padEnd(width)}${secs(newsdesk.median).padStart(9)}`);
  }
  const ratio = (r: number | null, why: string) => (r === null ? `n/a (${why})` : r.toFixed(2));
  const why = (name: ContenderResult["name"]) => result.contenders.find((c) => c.name === name)?.status ?? "not run";
  lines.push(
    `newsdesk/floor ${ratio(result.ratios.floor, `floor ${why("floor")}`)} · newsdesk/Hugo ${ratio(result.ratios.hugo, `Hugo ${why("hugo")}`)}` +
      ` · newsdesk/(Hugo+Pagefind) ${ratio(result.ratios.hugoPagefind, `Hugo+Pagefind ${why("hugo-pagefind")}`)}`,
  );
  if (result.pagesWrittenAt !== null)
    lines.push(
      `newsdesk without search (to its last page) ${secs(result.pagesWrittenAt)} · /Hugo ` +
        ratio(result.ratios.pagesHugo, `Hugo ${why("hugo")}`),
    );
  return lines.join("\n");
}

/** newsdesk's phases across archive sizes, each as median seconds and microseconds per article. */
export function scaleTable(results: readonly FullBuildResult[]): string {
  const names: string[] = [];
  for (const r of results) for (const p of r.phases) if (!names.includes(p.name)) names.push(p.name);
  const width = Math.max(28, ...names.map((n) => n.length + 2));
  const cell = (seconds: number | undefined, articles: number) =>
    (seconds === undefined
      ? "—"
      : `${secs(seconds)} ${count((seconds * 1e6) / articles).padStart(6)} µs/article`
    ).padStart(28);
  const lines = [
    `${"newsdesk phase (median)".padEnd(width)}${results.map((r) => `${count(r.articles)} articles`.padStart(28)).join("")}`,
  ];
  for (const name of names)
    lines.push(
      name.padEnd(width) +
        results.map((r) => cell(r.phases.find((p) => p.name === name)?.seconds, r.articles)).join(""),
    );
  const wall = (r: FullBuildResult) => r.contenders.find((c) => c.name === "newsdesk")?.median ?? undefined;
  lines.push("wall time".padEnd(width) + results.map((r) => cell(wall(r), r.articles)).join(""));
  return lines.join("\n");
}

/** The share of newsdesk's median build that validation takes, held under 10 % even when many links are dead. */
export function validationLine(result: FullBuildResult): string | undefined {
  const build = result.contenders.find((c) => c.name === "newsdesk")?.median;
  const validate = result.phases.find((p) => p.name === PHASES.validate);
  if (!build || !validate) return undefined;
  const archive = result.deadLinks === undefined ? "" : `, ${result.deadLinks} % of internal links dead`;
  return `validation ${secs(validate.seconds)} of a ${secs(build)} build: ${(validate.share * 100).toFixed(1)} % (target under 10 %${archive})`;
}
