import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { followContentFolder, type ReturnWatcher } from "../../../src/cli/content-return.ts";
import { tempDir } from "../../helpers/cli.ts";

type Watcher = ReturnWatcher & { close(): Promise<void>; once(event: string, listener: () => void): unknown };

// The file watcher Eleventy's serve runs, as it runs it (the package has no types of its own).
const chokidar = createRequire(import.meta.url)("@11ty/chokidar-with-glob-support") as {
  watch(paths: string[], options: { ignoreInitial: boolean }): Watcher;
};

const open: Array<{ watcher: Watcher; stop: () => void }> = [];
afterEach(async () => {
  for (const { watcher, stop } of open.splice(0)) {
    stop();
    await watcher.close();
  }
});

/** The next event `event` the watcher reports for `path`, or a rejection after `ms`. */
function next(watcher: Watcher, event: string, path: string, ms: number): Promise<void> {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no ${event} of ${path} within ${ms} ms`)), ms);
    watcher.on(event, (seen) => {
      if (seen === path) {
        clearTimeout(timer);
        done();
      }
    });
  });
}

describe("serve following a content folder that goes away and comes back", () => {
  it("reports the folder changed only once the watcher has every folder again, so the next save is seen", async () => {
    const content = join(await tempDir(), "content");
    // An archive's shape: a folder a year, many of them, so the watcher's scan takes a while.
    for (let year = 1900; year < 2100; year++) mkdirSync(join(content, "articles", String(year)), { recursive: true });
    const deepest = join(content, "articles", "2099");
    writeFileSync(join(deepest, "a.md"), "---\ntitle: A\n---\n");
    const watcher = chokidar.watch([content], { ignoreInitial: true });
    await new Promise<void>((r) => watcher.once("ready", r));
    const stop = followContentFolder(content, watcher, 50);
    open.push({ watcher, stop });

    const back = next(watcher, "change", content, 20_000);
    renameSync(content, `${content}-away`);
    await new Promise((r) => setTimeout(r, 200));
    renameSync(`${content}-away`, content);
    await back;

    // The save an editor makes right after the rebuild, in the last folder the watcher takes in.
    const saved = next(watcher, "change", join(deepest, "a.md"), 5_000);
    writeFileSync(join(deepest, "a.md"), "---\ntitle: A, edited\n---\n");
    await saved;
    expect(Object.keys(watcher.getWatched()).length).toBeGreaterThan(200);
  }, 40_000);
});
