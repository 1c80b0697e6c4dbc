import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The benchmark's tests (some build with Hugo) run apart: npm run test:bench (bench/vitest.bench.config.ts).
    exclude: [...configDefaults.exclude, "tests/bench/**"],
    setupFiles: ["tests/helpers/cleanup.ts"],
    pool: "forks",
    // Two test files at a time. Vitest's default leaves one core free, which on a 2-core CI machine means one file
    // at a time, though most of a site test's time is spent waiting on the build and the browser it starts.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
