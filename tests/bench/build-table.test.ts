import { describe, expect, it } from "vitest";
import { type ContenderRun, contenderResult, fullBuildResult } from "../../bench/build-results.ts";
import { contenderTable, phaseTable, scaleTable, validationLine } from "../../bench/build-table.ts";

const MB = 1024 * 1024;
const run = (seconds: number, pages: number, phases: { name: string; seconds: number }[] = []): ContenderRun => ({
  ok: true,
  seconds,
  peakRss: 512 * MB,
  treePeakRss: 600 * MB,
  pages,
  files: pages,
  bytes: 0,
  phases,
});

function result(articles: number, scale: number) {
  return fullBuildResult({ articles, seed: 1, runs: 1 }, [
    contenderResult("newsdesk", [
      run(10 * scale, 3000, [
        { name: "load + validate", seconds: 1 * scale },
        { name: "render + write", seconds: 6 * scale },
      ]),
    ]),
    contenderResult("floor", [{ ok: false, seconds: 30, error: "killed by SIGKILL" }]),
    contenderResult("hugo", [run(8 * scale, 2000)]),
  ]);
}

describe("the full-build tables", () => {
  it("print a line per contender, a failure as its reason", () => {
    expect(contenderTable(result(1000, 1)).split("\n")).toEqual([
      "Full build of 1,000 articles (seed 1), 1 run each, taking turns",
      "                  median          min–max     pages   pages/s   peak RSS  tree peak",
      "newsdesk         10.00 s    10.00–10.00 s     3,000       300     512 MB     600 MB",
      "bare Eleventy  failed: killed by SIGKILL",
      "Hugo              8.00 s      8.00–8.00 s     2,000       250     512 MB     600 MB",
    ]);
  });

  it("print newsdesk's phases with their shares, the time outside them and the ratios", () => {
    expect(phaseTable(result(1000, 1)).split("\n")).toEqual([
      "newsdesk phase (median)          time   share",
      "load + validate                1.00 s  10.0 %",
      "render + write                 6.00 s  60.0 %",
      "outside the phases             3.00 s  30.0 %",
      "wall time                     10.00 s",
      "newsdesk/floor n/a (floor failed) · newsdesk/Hugo 1.25 · newsdesk/(Hugo+Pagefind) n/a (Hugo+Pagefind not run)",
    ]);
  });

  it("print newsdesk against Hugo+Pagefind, and its time to the last page against Hugo alone", () => {
    const both = fullBuildResult({ articles: 100, seed: 1, runs: 1 }, [
      contenderResult("newsdesk", [{ ...(run(12, 300) as Extract<ContenderRun, { ok: true }>), pagesWrittenAt: 6 }]),
      contenderResult("hugo", [run(4, 200)]),
      contenderResult("hugo-pagefind", [run(8, 200)]),
    ]);
    expect(phaseTable(both).split("\n").slice(-2)).toEqual([
      "newsdesk/floor n/a (floor not run) · newsdesk/Hugo 3.00 · newsdesk/(Hugo+Pagefind) 1.50",
      "newsdesk without search (to its last page) 6.00 s · /Hugo 1.50",
    ]);
    expect(contenderTable(both).split("\n").at(-1)).toMatch(/^Hugo\+Pagefind {5}8\.00 s/);
  });

  it("print each phase across sizes with its time per article", () => {
    expect(scaleTable([result(1000, 1), result(10_000, 10)]).split("\n")).toEqual([
      `newsdesk phase (median)     ${"1,000 articles".padStart(28)}${"10,000 articles".padStart(28)}`,
      `load + validate             ${"1.00 s  1,000 µs/article".padStart(28)}${"10.00 s  1,000 µs/article".padStart(28)}`,
      `render + write              ${"6.00 s  6,000 µs/article".padStart(28)}${"60.00 s  6,000 µs/article".padStart(28)}`,
      `wall time                   ${"10.00 s 10,000 µs/article".padStart(28)}${"100.00 s 10,000 µs/article".padStart(28)}`,
    ]);
  });

  it("print validation's share of the build, with the archive's dead links when it has them", () => {
    const withValidate = (deadLinks?: number) =>
      fullBuildResult({ articles: 1000, seed: 1, runs: 1, ...(deadLinks === undefined ? {} : { deadLinks }) }, [
        contenderResult("newsdesk", [
          run(12.5, 3000, [
            { name: "load + parse", seconds: 2 },
            { name: "validate", seconds: 0.25 },
          ]),
        ]),
      ]);
    expect(validationLine(withValidate(30))).toBe(
      "validation 0.25 s of a 12.50 s build: 2.0 % (target under 10 %, 30 % of internal links dead)",
    );
    expect(validationLine(withValidate())).toBe("validation 0.25 s of a 12.50 s build: 2.0 % (target under 10 %)");
    expect(validationLine(result(1000, 1))).toBeUndefined();
  });
});
