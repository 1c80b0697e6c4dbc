import { fileURLToPath } from "node:url";
import type Eleventy from "@11ty/eleventy";
import newsdesk from "../plugin.ts";
import type { NewsdeskOptions } from "../build/build-options.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Eleventy set up with newsdesk's config file and the given options, ready to write or serve. The options reach
 * the plugin through Eleventy's config callback, which runs before the config file adds the plugin with defaults.
 */
export async function createEleventy(outDir: string, options: Partial<NewsdeskOptions>, runMode: "build" | "serve"): Promise<Eleventy> {
  const { default: Eleventy } = await import("@11ty/eleventy");
  return new Eleventy(`${PROJECT_ROOT}layouts/pages`, outDir, {
    configPath: `${PROJECT_ROOT}.eleventy.ts`,
    quietMode: true,
    runMode,
    config: (eleventyConfig) => eleventyConfig.addPlugin(newsdesk, options),
  });
}

/** Eleventy's file watcher (chokidar), as serve uses it. */
export interface Watcher {
  emit(event: string, path: string): unknown;
  on(event: string, listener: (path: string) => void): unknown;
}

/**
 * The watcher of a watching Eleventy. Eleventy has no public way to it; this is the one place newsdesk reaches
 * in (serve follows deletions and a content folder moved away, and asks for rebuilds, through it).
 */
export function watcherOf(eleventy: Eleventy): Watcher | undefined {
  return (eleventy as unknown as { watcher?: Watcher }).watcher;
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
