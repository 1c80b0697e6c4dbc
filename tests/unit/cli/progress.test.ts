import { afterEach, describe, expect, it, vi } from "vitest";
import { createProgress, type ProgressStream } from "../../../src/cli/progress.ts";
import type { ProgressMode } from "../../../src/cli/progress-mode.ts";

/** A stream that records every write, with a clock the test moves by hand. */
function harness(mode: ProgressMode, stream: Partial<ProgressStream> = {}) {
  const writes: string[] = [];
  let time = 0;
  const fake: ProgressStream = {
    write: (text: string) => writes.push(text),
    isTTY: mode === "line",
    columns: 100,
    ...stream,
  };
  const progress = createProgress({ stream: fake, mode, now: () => time });
  return { progress, writes, at: (ms: number) => (time = ms) };
}

describe("createProgress in line mode", () => {
  it("draws the phase at once and redraws it in place: carriage return, text, clear to end of line", () => {
    const { progress, writes, at } = harness("line");
    progress.phase("render + write", 15666);
    at(6500);
    progress.set(8120);
    expect(writes).toEqual([
      "\rrender + write  0/15,666 pages  0.0 s\x1b[K",
      "\rrender + write  8,120/15,666 pages  1,249/s  6.5 s\x1b[K",
    ]);
  });

  it("redraws at most ten times a second: 100 ticks within 50 ms draw once, the next tick after 100 ms draws again", () => {
    const { progress, writes, at } = harness("line");
    progress.phase("render + write", 15666);
    for (let i = 0; i < 100; i++) {
      at(i * 0.5);
      progress.tick();
    }
    expect(writes).toEqual(["\rrender + write  0/15,666 pages  0.0 s\x1b[K"]);
    at(100);
    progress.tick();
    expect(writes.slice(1)).toEqual(["\rrender + write  101/15,666 pages  1,010/s  0.1 s\x1b[K"]);
  });

  it("cuts the line one column short of the terminal's width", () => {
    const { progress, writes } = harness("line", { columns: 20 });
    progress.phase("render + write", 15666);
    expect(writes).toEqual(["\rrender + write  0/1\x1b[K"]);
  });

  it("prints each phase's end on its own line, and end() leaves the cursor on a fresh line", () => {
    const { progress, writes, at } = harness("line");
    progress.phase("load + validate", 10000, "articles");
    at(2000);
    progress.set(10000);
    progress.phase("feeds + sitemaps");
    progress.phase("search index");
    at(4500);
    progress.end();
    progress.end();
    expect(writes).toEqual([
      "\rload + validate  0/10,000 articles  0.0 s\x1b[K",
      "\rload + validate  10,000/10,000 articles  5,000/s  2.0 s\x1b[K",
      "\rload + validate  10,000 articles  5,000/s  2.0 s  done\x1b[K\n",
      "\rfeeds + sitemaps  0.0 s\x1b[K",
      "\rfeeds + sitemaps  0.0 s  done\x1b[K\n",
      "\rsearch index  0.0 s\x1b[K",
      "\rsearch index  2.5 s  done\x1b[K\n",
    ]);
  });

  it("shows count and rate alone when the total is unknown", () => {
    const { progress, writes, at } = harness("line");
    progress.phase("render + write");
    at(4000);
    progress.tick(5000);
    expect(writes).toEqual(["\rrender + write  0.0 s\x1b[K", "\rrender + write  5,000 pages  1,250/s  4.0 s\x1b[K"]);
  });
});

describe("createProgress in log mode", () => {
  it("prints a plain line every 10 s of a phase and one as it ends", () => {
    const { progress, writes, at } = harness("log");
    progress.phase("render + write", 15666);
    for (let second = 1; second <= 35; second++) {
      at(second * 1000);
      progress.tick(400);
    }
    progress.end();
    expect(writes).toEqual([
      "render + write  4,000/15,666 pages  400/s  10.0 s\n",
      "render + write  8,000/15,666 pages  400/s  20.0 s\n",
      "render + write  12,000/15,666 pages  400/s  30.0 s\n",
      "render + write  14,000 pages  400/s  35.0 s  done\n",
    ]);
  });

  it("counts the 10 s from each phase's start, so a short phase gives only its end line", () => {
    const { progress, writes, at } = harness("log");
    progress.phase("load + validate", 100, "articles");
    at(9000);
    progress.set(100);
    at(9500);
    progress.phase("render + write", 300);
    at(15_000);
    progress.tick(100);
    at(19_500);
    progress.tick(100);
    expect(writes).toEqual([
      "load + validate  100 articles  11/s  9.5 s  done\n",
      "render + write  200/300 pages  20/s  10.0 s\n",
    ]);
  });
});

describe("createProgress in off mode", () => {
  it("writes nothing at all", () => {
    const write = vi.fn();
    const progress = createProgress({ stream: { write, isTTY: true }, mode: "off", now: () => 0 });
    progress.phase("render + write", 10);
    progress.tick(5);
    progress.set(10);
    progress.end();
    expect(write).not.toHaveBeenCalled();
  });
});

describe("createProgress on any stream", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("never throws when the stream does, and stops writing to it", () => {
    const write = vi.fn(() => {
      throw new Error("write EPIPE");
    });
    const progress = createProgress({ stream: { write }, mode: "line", now: () => 0 });
    expect(() => {
      progress.phase("render + write", 10);
      progress.phase("search index");
      progress.end();
    }).not.toThrow();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it("does not write to a stream that has ended", () => {
    const write = vi.fn();
    const progress = createProgress({ stream: { write, writable: false }, mode: "log", now: () => 0 });
    progress.phase("render + write", 10);
    progress.end();
    expect(write).not.toHaveBeenCalled();
  });

  it("writes nothing for ticks outside a phase", () => {
    const { progress, writes } = harness("line");
    progress.tick();
    progress.set(5);
    progress.end();
    expect(writes).toEqual([]);
  });

  it("starts no timers, so it never keeps the process alive", () => {
    vi.useFakeTimers();
    const { progress, at } = harness("line");
    progress.phase("render + write", 10);
    at(500);
    progress.tick();
    expect(vi.getTimerCount()).toBe(0);
    progress.end();
  });
});
