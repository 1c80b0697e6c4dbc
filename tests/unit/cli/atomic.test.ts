import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeAtomically } from "../../../src/cli/atomic.ts";
import { OUTPUT_MARKER } from "../../../src/cli/output-marker.ts";
import { tempDir } from "../../helpers/cli.ts";
import { listFiles } from "../../helpers/site.ts";
import { treeFiles } from "../../../src/cli/output-stats.ts";

/** A folder as newsdesk makes its staging folders: with the output marker in it. */
function newsdeskFolder(path: string): string {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, OUTPUT_MARKER), "newsdesk\n");
  return path;
}

describe("writeAtomically", () => {
  it("swaps a finished folder in whole, removing files of the previous one", async () => {
    const root = await tempDir();
    const out = newsdeskFolder(join(root, "site"));
    writeFileSync(join(out, "old.html"), "old");
    const swapped = await writeAtomically(out, async (staging) => {
      mkdirSync(staging, { recursive: true });
      writeFileSync(join(staging, "new.html"), "new");
    });
    expect(readdirSync(out).sort()).toEqual([OUTPUT_MARKER, "new.html"]);
    // The previous output is removed by a process of its own, after the swap.
    await swapped.removed;
    expect(readdirSync(root)).toEqual(["site"]);
  });

  it("finishes removing a previous output whose removal was cut short", async () => {
    const root = await tempDir();
    const out = join(root, "site");
    const interrupted = newsdeskFolder(join(root, ".site.newsdesk-1-2.previous"));
    mkdirSync(join(interrupted, "2019/03/story"), { recursive: true });
    writeFileSync(join(interrupted, "2019/03/story/index.html"), "old");
    newsdeskFolder(join(root, ".other.newsdesk-1-2.previous"));
    const swapped = await writeAtomically(out, async (staging) => {
      mkdirSync(staging, { recursive: true });
      writeFileSync(join(staging, "index.html"), "new");
    });
    await swapped.removed;
    // Only this output's leftovers go; another output's are its own build's business.
    expect(readdirSync(root).sort()).toEqual([".other.newsdesk-1-2.previous", "site"]);
  });

  it("removes the staging folder of a build that was killed, not that of a build still running", async () => {
    const root = await tempDir();
    const out = join(root, "site");
    // No process has a pid this high (Linux allows at most 2^22), so this build is gone.
    const killed = newsdeskFolder(join(root, ".site.newsdesk-99999999-2"));
    mkdirSync(join(killed, "2019"), { recursive: true });
    writeFileSync(join(killed, "2019/index.html"), "half");
    const running = `.site.newsdesk-${process.ppid}-3`;
    newsdeskFolder(join(root, running));
    // A killed build that had this process's PID (containers number processes alike run after run).
    newsdeskFolder(join(root, `.site.newsdesk-${process.pid}-1`));
    const swapped = await writeAtomically(out, async (staging) => {
      mkdirSync(staging, { recursive: true });
      writeFileSync(join(staging, "index.html"), "new");
    });
    await swapped.removed;
    expect(readdirSync(root).sort()).toEqual([running, "site"]);
  });

  it("sweeps only folders newsdesk made: look-alikes without the marker and links stay", async () => {
    const root = await tempDir();
    const out = join(root, "site");
    const work = join(root, "work");
    mkdirSync(work);
    writeFileSync(join(work, "draft.md"), "mine");
    mkdirSync(join(root, ".site.newsdesk-1-2.previous"));
    writeFileSync(join(root, ".site.newsdesk-1-2.previous", "notes.txt"), "mine");
    symlinkSync(work, join(root, ".site.newsdesk-99999999-3"));
    writeFileSync(join(root, ".site.newsdesk-99999999-4"), "a file, not a folder");
    const swapped = await writeAtomically(out, async (staging) => {
      writeFileSync(join(staging, "index.html"), "new");
    });
    await swapped.removed;
    expect(readdirSync(root).sort()).toEqual([
      ".site.newsdesk-1-2.previous",
      ".site.newsdesk-99999999-3",
      ".site.newsdesk-99999999-4",
      "site",
      "work",
    ]);
    expect(readFileSync(join(work, "draft.md"), "utf8")).toBe("mine");
    // Every output carries the marker, so the next build may replace it.
    expect(readdirSync(out).sort()).toEqual([OUTPUT_MARKER, "index.html"]);
  });

  it("leaves the previous folder byte for byte when writing fails half-way, and removes the staging folder", async () => {
    const root = await tempDir();
    const out = join(root, "site");
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "published");
    const failure = writeAtomically(out, async (staging) => {
      mkdirSync(staging, { recursive: true });
      writeFileSync(join(staging, "index.html"), "half");
      throw new Error("crash while rendering");
    });
    await expect(failure).rejects.toThrow("crash while rendering");
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("published");
    expect(readdirSync(root)).toEqual(["site"]);
  });

  it("creates the output folder when there was none", async () => {
    const out = join(await tempDir(), "deep", "site");
    await writeAtomically(out, async (staging) => {
      mkdirSync(staging, { recursive: true });
      writeFileSync(join(staging, "a"), "a");
    });
    expect(existsSync(join(out, "a"))).toBe(true);
  });

  it("refuses the swap, leaving both untouched, when someone's files appeared in --out during the build", async () => {
    const root = await tempDir();
    const out = join(root, "docs");
    const failure = writeAtomically(out, async (staging) => {
      writeFileSync(join(staging, "index.html"), "new");
      // While the build runs, someone makes the folder and keeps a file in it.
      mkdirSync(out);
      writeFileSync(join(out, "notes.md"), "important");
    });
    await expect(failure).rejects.toThrow(
      `--out '${out}' holds files newsdesk did not write (notes.md) and no ${OUTPUT_MARKER} marker: they were put ` +
        "there during the build, so nothing was replaced; move them away, or name another --out",
    );
    expect(readdirSync(out)).toEqual(["notes.md"]);
    expect(readFileSync(join(out, "notes.md"), "utf8")).toBe("important");
    expect(readdirSync(root)).toEqual(["docs"]);
  });

  it("counts what it swapped in before the swap: a build replacing it at once does not change the count", async () => {
    const root = await tempDir();
    const out = join(root, "site");
    let marker = 0;
    const swapped = await writeAtomically(out, async (staging) => {
      marker = statSync(join(staging, OUTPUT_MARKER)).size;
      mkdirSync(join(staging, "a"));
      writeFileSync(join(staging, "a/index.html"), "12345");
    });
    // Another build's swap, just after this one's: the folder this build wrote is gone.
    rmSync(out, { recursive: true });
    expect(swapped.size).toEqual({ files: 2, bytes: 5 + marker });
  });
});

describe("writeAtomically with a patch (build --incremental)", () => {
  // A last output of three pages, two in folders of their own, and a search bundle.
  function lastOutput(out: string): void {
    newsdeskFolder(out);
    for (const [file, text] of [
      ["index.html", "home v1"],
      ["a/index.html", "a v1"],
      ["b/index.html", "b v1"],
      ["pagefind/one.pf", "index v1"],
    ] as const) {
      mkdirSync(join(out, file, ".."), { recursive: true });
      writeFileSync(join(out, file), text);
    }
  }

  it("replaces what was written, keeps what it is told to, removes the rest of its own, and empty folders", async () => {
    const root = await tempDir();
    const out = join(root, "site");
    lastOutput(out);
    const kept = statSync(join(out, "a/index.html")).ino;
    const previous = treeFiles(out);
    // A file the last build did not write: a patch leaves it where it is.
    writeFileSync(join(out, "b/notes.txt"), "someone's");
    const swapped = await writeAtomically(out, async (staging) => {
      writeFileSync(join(staging, "index.html"), "home v2");
      mkdirSync(join(staging, "c"));
      writeFileSync(join(staging, "c/index.html"), "c v1");
      return { keep: new Set(["a/index.html", "pagefind/one.pf", "gone/index.html"]), previous };
    });
    expect(listFiles(out)).toEqual([
      OUTPUT_MARKER,
      "a/index.html",
      "b/notes.txt",
      "c/index.html",
      "index.html",
      "pagefind/one.pf",
    ]);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("home v2");
    // Kept as it was: the same file, not a copy.
    expect(statSync(join(out, "a/index.html")).ino).toBe(kept);
    // b/index.html is not kept: it is gone.
    expect(existsSync(join(out, "b/index.html"))).toBe(false);
    // What the output holds now, as the next patch will take it: the notes are not newsdesk's.
    expect([...swapped.files.keys()].sort()).toEqual([
      OUTPUT_MARKER,
      "a/index.html",
      "c/index.html",
      "index.html",
      "pagefind/one.pf",
    ]);
    expect(swapped.files.get("index.html")).toBe("home v2".length);
    expect(swapped.files.get("a/index.html")).toBe("a v1".length);
    expect(swapped.size.files).toBe(5);
    await swapped.removed;
    expect(readdirSync(root)).toEqual(["site"]);
  });

  it("leaves the last output as it was when a move fails half-way", async () => {
    const root = await tempDir();
    const out = join(root, "site");
    lastOutput(out);
    const before = Object.fromEntries(listFiles(out).map((f) => [f, readFileSync(join(out, f), "utf8")]));
    const staging = { path: "" };
    const previous = treeFiles(out);
    const patched = writeAtomically(out, async (path) => {
      staging.path = path;
      writeFileSync(join(path, "index.html"), "home v2");
      mkdirSync(join(path, "b"));
      writeFileSync(join(path, "b/index.html"), "b v2");
      // A file where the new output needs a folder: the second move into the output fails.
      writeFileSync(join(out, "c"), "in the way");
      mkdirSync(join(path, "c"));
      writeFileSync(join(path, "c/index.html"), "c v1");
      return { keep: new Set(["a/index.html", "pagefind/one.pf"]), previous };
    });
    await expect(patched).rejects.toThrow();
    expect(Object.fromEntries(listFiles(out).map((f) => [f, readFileSync(join(out, f), "utf8")]))).toEqual({
      ...before,
      c: "in the way",
    });
    expect(existsSync(staging.path)).toBe(false);
    expect(readdirSync(root)).toEqual(["site"]);
  });

  it("refuses to move anything through a folder of the output replaced by a link, and leaves both sides as they were", async () => {
    const root = await tempDir();
    const out = join(root, "site");
    lastOutput(out);
    const previous = treeFiles(out);
    const elsewhere = join(root, "elsewhere");
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, "index.html"), "not newsdesk's");
    rmSync(join(out, "b"), { recursive: true });
    symlinkSync(elsewhere, join(out, "b"));
    const patched = writeAtomically(out, async (staging) => {
      mkdirSync(join(staging, "b"));
      writeFileSync(join(staging, "b/index.html"), "b v2");
      return { keep: new Set(["a/index.html", "index.html", "pagefind/one.pf"]), previous };
    });
    await expect(patched).rejects.toThrow(/holds a link at b where newsdesk writes/);
    expect(readFileSync(join(elsewhere, "index.html"), "utf8")).toBe("not newsdesk's");
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("home v1");
    expect(readdirSync(root).sort()).toEqual(["elsewhere", "site"]);
  });

  it("refuses to swap in a patch whose output was removed during the build: it is no whole site", async () => {
    const root = await tempDir();
    const out = join(root, "site");
    lastOutput(out);
    const previous = treeFiles(out);
    const patched = writeAtomically(out, async (staging) => {
      writeFileSync(join(staging, "index.html"), "home v2");
      rmSync(out, { recursive: true });
      return { keep: new Set(["a/index.html", "b/index.html", "pagefind/one.pf"]), previous };
    });
    await expect(patched).rejects.toThrow(/was removed during the build; nothing was written/);
    expect(readdirSync(root)).toEqual([]);
  });
});
