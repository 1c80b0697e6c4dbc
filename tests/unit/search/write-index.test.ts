import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundlesAtOnce, writeSearchBundles, writeSearchIndex } from "../../../src/search/write-index.ts";
import type { SearchRecord } from "../../../src/search/records.ts";

const record = (n: number): SearchRecord => ({
  url: `/2020/01/story-${n}/`,
  content: `Story ${n} about takedowns`,
  language: "en",
  meta: { title: `Story ${n}` },
  filters: { year: ["2020"] },
  sort: { date: `2020-01-0${n}` },
});

describe("writeSearchBundles", () => {
  it("leaves a core to the build: one bundle at a time on two cores", () => {
    expect([1, 2, 4, 8].map(bundlesAtOnce)).toEqual([1, 1, 3, 7]);
  });

  it("writes bundles in turn, the progress adding up across them", async () => {
    const root = mkdtempSync(join(tmpdir(), "newsdesk-search-"));
    const progress: number[] = [];
    const bundles = [1, 2, 3].map((k) => ({
      path: `/pagefind${k === 1 ? "" : `-${k}`}/`,
      records: [record(2 * k), record(2 * k + 1)],
    }));
    let writing = 0;
    expect(
      await writeSearchBundles(
        bundles,
        root,
        {},
        (done) => progress.push(done),
        () => writing++,
        1,
      ),
    ).toBe(6);
    expect(writing).toBe(1);
    expect(progress.at(-1)).toBe(6);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    for (const dir of ["pagefind", "pagefind-2", "pagefind-3"])
      expect(existsSync(join(root, dir, "pagefind-entry.json"))).toBe(true);
  });

  it("writes each bundle at its path with its records, and leaves no defunct Pagefind process", async () => {
    const root = mkdtempSync(join(tmpdir(), "newsdesk-search-"));
    const progress: number[] = [];
    const bundles = [
      { path: "/pagefind/", records: [1, 2, 3].map(record) },
      { path: "/pagefind-2/", records: [4, 5].map(record) },
    ];
    const indexed = await writeSearchBundles(bundles, root, {}, (done) => progress.push(done));
    expect(indexed).toBe(5);
    expect(Math.max(...progress)).toBe(5);
    const pages = (bundle: string) =>
      Object.values(
        (
          JSON.parse(readFileSync(join(root, bundle, "pagefind-entry.json"), "utf8")) as {
            languages: Record<string, { page_count: number }>;
          }
        ).languages,
      )[0]!.page_count;
    expect([pages("pagefind"), pages("pagefind-2")]).toEqual([3, 2]);
    // Each bundle's process has been collected, not left as a zombie of this one.
    const children = execFileSync("ps", ["-o", "stat=,comm=", "--ppid", String(process.pid)], { encoding: "utf8" });
    expect(children.split("\n").filter((line) => line.startsWith("Z"))).toEqual([]);
  });

  it("stops when the build has failed: nothing is written and no Pagefind process is left", async () => {
    const root = mkdtempSync(join(tmpdir(), "newsdesk-search-"));
    const records = Array.from({ length: 400 }, (_, i) => record(i));
    const stop = new AbortController();
    const progress: number[] = [];
    const written = writeSearchIndex(records, join(root, "pagefind"), { signal: stop.signal }, (done) => {
      progress.push(done);
      if (done >= 64) stop.abort();
    });
    await expect(written).rejects.toThrow("search index: stopped");
    expect(Math.max(...progress)).toBeLessThan(records.length);
    expect(existsSync(join(root, "pagefind", "pagefind-entry.json"))).toBe(false);
    const children = execFileSync("ps", ["-o", "stat=,comm=", "--ppid", String(process.pid)], { encoding: "utf8" });
    expect(children.split("\n").filter((line) => line.includes("pagefind"))).toEqual([]);
  });

  it("writes nothing when stopped before it began", async () => {
    const root = mkdtempSync(join(tmpdir(), "newsdesk-search-"));
    const stop = new AbortController();
    stop.abort();
    await expect(writeSearchIndex([record(1)], join(root, "pagefind"), { signal: stop.signal })).rejects.toThrow(
      "search index: stopped",
    );
    expect(existsSync(join(root, "pagefind"))).toBe(false);
  });
});
