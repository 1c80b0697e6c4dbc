import { describe, expect, it } from "vitest";
import { type ContenderRun, contenderResult, fullBuildResult, median } from "../../bench/build-results.ts";
import { isPageFile } from "../../bench/output-pages.ts";

const run = (seconds: number, peakRss: number, phases: { name: string; seconds: number }[] = []): ContenderRun => ({
  ok: true,
  seconds,
  peakRss,
  treePeakRss: peakRss + 10,
  pages: 200,
  files: 300,
  bytes: 4000,
  phases,
});

describe("median", () => {
  it("is the middle value, the mean of the middle two for an even count, null for none", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe("contenderResult", () => {
  it("sums up runs: median, range, pages per second at the median, the largest peaks", () => {
    expect(contenderResult("floor", [run(4, 50), run(2, 70), run(5, 60)])).toEqual({
      name: "floor",
      status: "ok",
      runs: [run(4, 50), run(2, 70), run(5, 60)],
      median: 4,
      min: 2,
      max: 5,
      pages: 200,
      pagesPerSecond: 50,
      files: 300,
      bytes: 4000,
      peakRss: 70,
      treePeakRss: 80,
    });
  });

  it("reports a failed run as the contender's result, and a skipped contender with its reason", () => {
    const failed = contenderResult("floor", [
      run(4, 50),
      { ok: false, seconds: 9, error: "exit code 134: heap out of memory" },
    ]);
    expect([failed.status, failed.reason, failed.median, failed.pages]).toEqual([
      "failed",
      "exit code 134: heap out of memory",
      null,
      null,
    ]);
    const skipped = contenderResult("hugo", [], "no hugo binary on PATH");
    expect([skipped.status, skipped.reason, skipped.median]).toEqual(["skipped", "no hugo binary on PATH", null]);
  });
});

describe("fullBuildResult", () => {
  it("takes newsdesk's phase medians by name, their shares, and newsdesk's median over each other's", () => {
    const newsdesk = contenderResult("newsdesk", [
      run(10, 1, [
        { name: "load", seconds: 1 },
        { name: "render", seconds: 6 },
      ]),
      run(12, 1, [
        { name: "load", seconds: 3 },
        { name: "render", seconds: 5 },
        { name: "search", seconds: 2 },
      ]),
    ]);
    const result = fullBuildResult({ articles: 100, seed: 1, runs: 2 }, [
      newsdesk,
      contenderResult("floor", [run(5, 1), run(6, 1)]),
      contenderResult("hugo", [], "none"),
    ]);
    expect(result.phases).toEqual([
      { name: "load", seconds: 2, share: 2 / 11 },
      { name: "render", seconds: 5.5, share: 0.5 },
      { name: "search", seconds: 2, share: 2 / 11 },
    ]);
    expect(result.ratios).toEqual({ floor: 11 / 5.5, hugo: null, hugoPagefind: null, pagesHugo: null });
  });
});

describe("isPageFile", () => {
  it("counts HTML files but for Hugo's page/1/ redirect stubs", () => {
    expect(
      [
        "index.html",
        "agencies/x/page/2/index.html",
        "agencies/x/page/1/index.html",
        "page/1/index.html",
        "feed.xml",
        "a/page/10/index.html",
      ].map(isPageFile),
    ).toEqual([true, true, false, false, false, true]);
  });
});
