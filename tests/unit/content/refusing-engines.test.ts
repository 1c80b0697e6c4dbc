import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { REFUSING_ENGINES } from "../../../src/content/front-matter.ts";

describe("refusing front-matter engines", () => {
  for (const opening of ["---js", "---javascript"]) {
    it(`make a direct gray-matter call on '${opening}' throw without running it`, () => {
      (globalThis as Record<string, unknown>).__newsdeskEngineRan = false;
      const text = `${opening}\n{ title: (globalThis.__newsdeskEngineRan = true, "x") }\n---\nBody`;
      expect(() => matter(text, { engines: REFUSING_ENGINES })).toThrow(/never executed/);
      expect((globalThis as Record<string, unknown>).__newsdeskEngineRan).toBe(false);
    });
  }
});
