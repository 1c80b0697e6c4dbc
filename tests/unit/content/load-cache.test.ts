import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { emptyLoadMemo, loadContentWith, type LoadMemo } from "../../../src/content/load.ts";
import { modifiedSince } from "../../../src/content/files.ts";
import { fixture } from "../../helpers/cli.ts";

const byPath = <T extends { path: string }>(articles: readonly T[]): T[] =>
  [...articles].sort((a, b) => a.path.localeCompare(b.path));

describe("loadContent with the last load's memo (serve)", () => {
  it("reuses unchanged articles, re-reads an edited file, and starts over when entities.yaml changes", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "newsdesk-cache-")), "content");
    cpSync(fixture("basic"), dir, { recursive: true });
    let memo: LoadMemo | undefined = emptyLoadMemo();
    const load = async (now = "2026-01-01T00:00:00Z") => {
      const given = memo;
      const loaded = await loadContentWith({
        contentDir: dir,
        now: DateTime.fromISO(now),
        render: true,
        drafts: true,
        future: true,
        memo: given,
      });
      // The memo handed in is left as it was; the load hands back the next one.
      expect(loaded.memo).not.toBe(given);
      memo = loaded.memo;
      return loaded.content;
    };
    const first = byPath((await load()).articles);
    expect(memo?.articles.size).toBe(first.length);
    const firstMemo = memo;
    const firstEntries = [...firstMemo.articles];

    // Unchanged files come from the cache: the same parsed lists, not equal copies.
    const second = byPath((await load()).articles);
    expect([...firstMemo.articles]).toEqual(firstEntries);
    expect(second.map((a) => a.path)).toEqual(first.map((a) => a.path));
    second.forEach((a, i) => expect(a.agencies).toBe(first[i]!.agencies));

    // An edited file is read again; the others are still reused.
    const edited = join(dir, "articles/2020/amaq.md");
    writeFileSync(
      edited,
      readFileSync(edited, "utf8").replace("title: Amaq servers seized", "title: Amaq servers seized again"),
    );
    const third = byPath((await load()).articles);
    const amaq = third.findIndex((a) => a.path === "/2020/01/amaq/");
    expect(third[amaq]!.title).toBe("Amaq servers seized again");
    expect(third[amaq]!.agencies).not.toBe(first[amaq]!.agencies);
    third.forEach((a, i) => i !== amaq && expect(a.agencies).toBe(first[i]!.agencies));

    // "Scheduled" follows the time of each load, cached or not.
    const future = third.find((a) => a.scheduled)!;
    const later = (await load("2100-01-01T00:00:00Z")).articles.find((a) => a.path === future.path)!;
    expect(later.scheduled).toBe(false);

    // A registry change can change how any article validates: nothing is reused.
    writeFileSync(
      join(dir, "_data/entities.yaml"),
      readFileSync(join(dir, "_data/entities.yaml"), "utf8").replace(
        /^agencies:\n/m,
        "agencies:\n  - name: Cache Test Agency\n",
      ),
    );
    const fourth = byPath((await load()).articles);
    fourth.forEach((a, i) => expect(a.agencies).not.toBe(third[i]!.agencies));
  });
});

describe("loadContent told which files changed (serve's watcher)", () => {
  it("reads only those again, trusting the cache for the rest, and finds files saved since a moment", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "newsdesk-cache-")), "content");
    cpSync(fixture("basic"), dir, { recursive: true });
    let memo: LoadMemo | undefined = emptyLoadMemo();
    const load = async (changedFiles?: ReadonlySet<string>) => {
      const loaded = await loadContentWith({
        contentDir: dir,
        now: DateTime.fromISO("2026-01-01T00:00:00Z"),
        render: true,
        drafts: true,
        future: true,
        memo,
        changedFiles,
      });
      memo = loaded.memo;
      return loaded.content;
    };
    const first = await load();
    const since = Date.now();
    const amaq = join(dir, "articles/2020/amaq.md");
    const lonely = join(dir, "articles/2021/lonely.md");
    await new Promise((resolve) => setTimeout(resolve, 20));
    writeFileSync(
      amaq,
      readFileSync(amaq, "utf8").replace("title: Amaq servers seized", "title: Amaq servers seized again"),
    );
    writeFileSync(
      lonely,
      readFileSync(lonely, "utf8").replace("title: A story that shares nothing", "title: Still alone"),
    );
    expect((await modifiedSince(dir, since)).sort()).toEqual([amaq, lonely]);
    // Only amaq.md was reported: lonely.md's edit is not seen until it is.
    const second = await load(new Set([amaq]));
    const title = (content: typeof first, path: string) => content.articles.find((a) => a.path === path)!.title;
    expect(title(second, "/2020/01/amaq/")).toBe("Amaq servers seized again");
    expect(title(second, "/2021/02/lonely/")).toBe("A story that shares nothing");
    expect(second.articles.find((a) => a.path === "/2021/02/lonely/")).toBe(
      first.articles.find((a) => a.path === "/2021/02/lonely/"),
    );
    expect(title(await load(new Set([lonely])), "/2021/02/lonely/")).toBe("Still alone");
  });
});
