import { fileURLToPath } from "node:url";
import { RUN_OPTIONS, type NewsdeskOptions } from "../plugin.ts";

const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Eleventy set up with newsdesk's config file and the given options, ready to write or serve. */
export async function createEleventy(outDir: string, options: Partial<NewsdeskOptions>, runMode: "build" | "serve") {
  // The plugin reads these when .eleventy.ts registers it.
  (globalThis as Record<symbol, unknown>)[RUN_OPTIONS] = options;
  const { default: Eleventy } = await import("@11ty/eleventy");
  return new Eleventy(`${PROJECT_ROOT}layouts/pages`, outDir, {
    configPath: `${PROJECT_ROOT}.eleventy.ts`,
    quietMode: true,
    runMode,
  });
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
