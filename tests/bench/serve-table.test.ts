import { describe, expect, it } from "vitest";
import { type ServeEdit, type ServeRun, serveMedians } from "../../bench/serve-results.ts";
import { serveTable } from "../../bench/serve-table.ts";

const MB = 1024 * 1024;
const edit = (kind: ServeEdit["kind"], seconds: number, logSeconds: number | null): ServeEdit => ({
  kind,
  file: "articles/2018/a.md",
  page: kind === "home" ? "/" : "/2018/01/a/",
  marker: "M",
  served: "M",
  seconds,
  logSeconds,
  idleSeconds: seconds + 1.5,
});
const runs: ServeRun[] = [
  { run: 1, article: edit("article", 30.5, 30.4), home: edit("home", 31, null) },
  { run: 2, article: edit("article", 28, 27.9), home: edit("home", 29, null) },
  { run: 3, article: edit("article", 40, 39.5), home: edit("home", 33.25, 33) },
];

describe("the serve bench's results", () => {
  it("take medians of page and log times, leaving out missing log times", () => {
    expect(serveMedians(runs)).toEqual({
      article: 30.5,
      home: 31,
      articleLog: 30.4,
      homeLog: 33,
      articleIdle: 32,
      homeIdle: 32.5,
    });
    expect(serveMedians(runs.slice(0, 2))).toEqual({
      article: 29.25,
      home: 30,
      articleLog: 29.15,
      homeLog: null,
      articleIdle: 30.75,
      homeIdle: 31.5,
    });
  });

  it("print cold start, each run and the medians, then memory", () => {
    const table = serveTable({
      node: "v20.20.2",
      date: "2026-11-24",
      articles: 10_000,
      seed: 1,
      port: 4000,
      folder: null,
      coldStart: { seconds: 61.234, logSeconds: 60.9, idleSeconds: 75 },
      runs: runs.slice(0, 2),
      medians: serveMedians(runs.slice(0, 2)),
      peakRss: 812 * MB,
      treePeakRss: 900.4 * MB,
      stopped: "SIGTERM",
    });
    expect(table.split("\n")).toEqual([
      "Serve: edit to browser on 10,000 articles (seed 1), node v20.20.2, 2026-11-24",
      "                               page served   build logged   server idle",
      "cold start (spawn → page)          61.23 s        60.90 s       75.00 s",
      "run 1: edit → article page         30.50 s        30.40 s       32.00 s",
      "run 1: edit → home page            31.00 s              –       32.50 s",
      "run 2: edit → article page         28.00 s        27.90 s       29.50 s",
      "run 2: edit → home page            29.00 s              –       30.50 s",
      "median: edit → article page        29.25 s        29.15 s       30.75 s",
      "median: edit → home page           30.00 s              –       31.50 s",
      "server peak RSS 812 MB, with its children 900 MB; stopped by SIGTERM",
    ]);
  });
});
