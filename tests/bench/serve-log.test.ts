import { describe, expect, it } from "vitest";
import { buildDoneAt, splitLines } from "../../bench/serve-log.ts";

describe("the serve bench's reading of the server's output", () => {
  const log = [
    { at: 100, text: "[11ty] Wrote 184 files in 1.26 seconds (6.8ms each, v3.1.8)" },
    { at: 150, text: "[11ty] Watching…" },
    { at: 900, text: "[11ty] File changed: /tmp/content/articles/2018/a.md" },
    { at: 1500, text: "[11ty] Wrote 1 file in 0.90 seconds (v3.1.8)" },
    { at: 1600, text: "[11ty] Wrote 184 files in 0.10 seconds (v3.1.8)" },
  ];

  it("finds the first finished build at or after a moment", () => {
    expect(buildDoneAt(log, 0)).toBe(100);
    expect(buildDoneAt(log, 100)).toBe(100);
    expect(buildDoneAt(log, 101)).toBe(1500);
    expect(buildDoneAt(log, 1601)).toBe(undefined);
    expect(buildDoneAt([{ at: 5, text: "Wrote 3 files in 1 s" }], 0)).toBe(undefined);
  });

  it("splits chunks into whole lines, keeping the unfinished rest", () => {
    expect(splitLines("", "one\ntw")).toEqual({ lines: ["one"], rest: "tw" });
    expect(splitLines("tw", "o\r\nthree\n")).toEqual({ lines: ["two", "three"], rest: "" });
    expect(splitLines("a", "b")).toEqual({ lines: [], rest: "ab" });
  });
});
