import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The benchmark's tests (some build with Hugo) run apart: npm run test:bench (bench/vitest.bench.config.ts).
    exclude: [...configDefaults.exclude, "tests/bench/**"],
    setupFiles: ["tests/helpers/cleanup.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
