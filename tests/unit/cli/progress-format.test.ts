import { describe, expect, it } from "vitest";
import {
  fitWidth,
  formatElapsed,
  formatPhaseEnd,
  formatProgress,
  formatRate,
  groupDigits,
} from "../../../src/cli/progress-format.ts";

describe("groupDigits", () => {
  it.each<[number, string]>([
    [0, "0"],
    [999, "999"],
    [1000, "1,000"],
    [15666, "15,666"],
    [1234567, "1,234,567"],
    [-1234, "-1,234"],
    [1239.6, "1,240"],
  ])("%d is %s", (n, text) => {
    expect(groupDigits(n)).toBe(text);
  });
});

describe("formatElapsed", () => {
  it.each<[number, string]>([
    [0, "0.0 s"],
    [49, "0.0 s"],
    [6500, "6.5 s"],
    [59_949, "59.9 s"],
    [59_960, "1 min 00 s"],
    [125_400, "2 min 05 s"],
    [3_600_000, "60 min 00 s"],
  ])("%d ms is %s", (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});

describe("formatRate", () => {
  it("keeps one decimal below ten a second and groups whole numbers above", () => {
    expect(formatRate(5, 2000)).toBe("2.5/s");
    expect(formatRate(10, 1000)).toBe("10/s");
    expect(formatRate(996, 100_000)).toBe("10/s");
    expect(formatRate(994, 100_000)).toBe("9.9/s");
    expect(formatRate(8120, 6500)).toBe("1,249/s");
  });
});

describe("formatProgress and formatPhaseEnd", () => {
  const base = { name: "render + write", unit: "pages" };

  it("shows done/total, the rate so far and the elapsed time", () => {
    expect(formatProgress({ ...base, done: 8120, total: 15666, elapsedMs: 6500 })).toBe(
      "render + write  8,120/15,666 pages  1,249/s  6.5 s",
    );
  });

  it("shows only the count and rate when the total is unknown", () => {
    expect(formatProgress({ ...base, done: 8120, total: undefined, elapsedMs: 6500 })).toBe(
      "render + write  8,120 pages  1,249/s  6.5 s",
    );
  });

  it("shows no rate at a phase's first instant, and only name and time for a phase that counts nothing", () => {
    expect(formatProgress({ ...base, done: 0, total: 15666, elapsedMs: 0 })).toBe(
      "render + write  0/15,666 pages  0.0 s",
    );
    expect(formatProgress({ ...base, name: "feeds + sitemaps", done: 0, total: undefined, elapsedMs: 300 })).toBe(
      "feeds + sitemaps  0.3 s",
    );
  });

  it("ends a phase with what was done, its rate and time", () => {
    expect(formatPhaseEnd({ ...base, done: 15666, total: 15666, elapsedMs: 12_600 })).toBe(
      "render + write  15,666 pages  1,243/s  12.6 s  done",
    );
    expect(formatPhaseEnd({ ...base, done: 0, total: 0, elapsedMs: 0 })).toBe("render + write  0 pages  0.0 s  done");
    expect(formatPhaseEnd({ ...base, name: "search index", done: 0, total: undefined, elapsedMs: 2400 })).toBe(
      "search index  2.4 s  done",
    );
  });
});

describe("fitWidth", () => {
  it("cuts to the width in characters, never splitting a surrogate pair", () => {
    expect(fitWidth("render + write", 6)).toBe("render");
    expect(fitWidth("short", 80)).toBe("short");
    expect(fitWidth("a😀b", 2)).toBe("a😀");
  });
});
