import { fileURLToPath } from "node:url";
import type Eleventy from "@11ty/eleventy";
import newsdesk from "../plugin.ts";
import type { NewsdeskOptions } from "../build/build-options.ts";
import { followContentFolder, type ReturnWatcher } from "./content-return.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Eleventy set up with newsdesk's config file and the given options, ready to write or serve. The options reach
 * the plugin through Eleventy's config callback, which runs before the config file adds the plugin with defaults.
 */
export async function createEleventy(
  outDir: string,
  options: Partial<NewsdeskOptions>,
  runMode: "build" | "serve",
): Promise<Eleventy> {
  const { default: Eleventy } = await import("@11ty/eleventy");
  return new Eleventy(`${PROJECT_ROOT}layouts/pages`, outDir, {
    configPath: `${PROJECT_ROOT}.eleventy.ts`,
    quietMode: true,
    runMode,
    config: (eleventyConfig) => eleventyConfig.addPlugin(newsdesk, options),
  });
}

// Eleventy's file watcher (chokidar), as serve uses it.
type Watcher = ReturnWatcher & {
  emit(event: string, path: string): unknown;
};

/**
 * serve's hold on a watching Eleventy's file watcher. Eleventy has no public handle on it, nor a call that asks
 * for a rebuild; this class is the one place newsdesk reaches in. A rebuild is asked for as a change of a path
 * that names its reason, so it queues behind any save like one.
 */
export class EleventyWatch {
  private constructor(private readonly watcher: Watcher) {}

  /** The watch of `eleventy` once `eleventy.watch()` has run; undefined if this Eleventy has none. */
  static of(eleventy: Eleventy): EleventyWatch | undefined {
    const watcher = (eleventy as unknown as { watcher?: Watcher }).watcher;
    return watcher && new EleventyWatch(watcher);
  }

  /** Asks for one more rebuild, for `reason` (the exact related articles are ready, pages are still queued). */
  rebuild(reason: string): void {
    this.watcher.emit("change", reason);
  }

  /** Rebuilds as for a save of each of `paths` (files saved before the watcher started). */
  changed(paths: readonly string[]): void {
    for (const path of paths) this.watcher.emit("change", path);
  }

  /**
   * Eleventy rebuilds on a change or an addition, not on a deletion: a deleted article is a change here too; and
   * a content folder moved away shows its problem in the browser, and is watched and built again once back.
   */
  follow(contentDir: string): void {
    this.watcher.on("unlink", (path) => this.watcher.emit("change", path));
    followContentFolder(contentDir, this.watcher);
  }
}

/** The first error in a cause chain that satisfies `test`. */
export function findCause<T>(error: unknown, test: (e: unknown) => e is T): T | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 10; depth++) {
    if (test(current)) return current;
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
  return undefined;
}
