import { describe, expect, it } from "vitest";
import {
  addSample,
  parseProcStatus,
  parseStatCpuTicks,
  parseStatParent,
  processTree,
} from "../../bench/process-tree.ts";

const STATUS =
  "Name:\tnode\nUmask:\t0022\nState:\tR (running)\nTgid:\t4242\nNgid:\t0\nPid:\t4242\nPPid:\t4200\nVmPeak:\t 1300000 kB\nVmHWM:\t  250000 kB\nVmRSS:\t  200000 kB\n";

describe("parseProcStatus", () => {
  it("reads pid, parent, RSS and peak RSS in bytes", () => {
    expect(parseProcStatus(STATUS)).toEqual({ pid: 4242, ppid: 4200, rss: 200_000 * 1024, peak: 250_000 * 1024 });
  });

  it("gives nothing for a process without memory figures (a zombie)", () => {
    expect(parseProcStatus("Name:\tpagefind\nState:\tZ (zombie)\nPid:\t7\nPPid:\t1\n")).toBeUndefined();
  });
});

describe("parseStatParent", () => {
  it("reads the parent past a command name holding spaces and parentheses", () => {
    expect(parseStatParent("4243 (pagefind (x) y) S 4242 4242 1 0 -1 4194560")).toBe(4242);
  });
});

describe("processTree and addSample", () => {
  const p = (pid: number, ppid: number, peak: number) => ({ pid, ppid, rss: peak / 2, peak });
  const live = [p(1, 0, 5), p(10, 1, 100), p(11, 10, 40), p(12, 11, 7), p(13, 1, 999)];

  it("finds a process and everything descended from it, nothing else", () => {
    expect(processTree(live, 10).map((x) => x.pid)).toEqual([10, 11, 12]);
    expect(processTree(live, 99)).toEqual([]);
  });

  it("keeps the main process's peak and the largest sum of the tree's peaks over samples", () => {
    const first = addSample({ main: 0, tree: 0 }, processTree(live, 10), 10);
    expect(first).toEqual({ main: 100, tree: 147 });
    // The children ended: the tree's peak stays, the main peak grows.
    expect(addSample(first, [p(10, 1, 120)], 10)).toEqual({ main: 120, tree: 147 });
  });
});

describe("parseStatCpuTicks", () => {
  it("adds user and system time, past a command name with spaces and parentheses", () => {
    const stat = "4243 (pagefind (x) y) S 4242 4242 1 0 -1 4194560 900 0 0 0 1234 56 0 0 20 0 7 0 100 0";
    expect(parseStatCpuTicks(stat)).toBe(1290);
    expect(parseStatCpuTicks("4243 (node) S 1")).toBe(undefined);
  });
});
