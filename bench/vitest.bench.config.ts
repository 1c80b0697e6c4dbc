import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";
import product from "../vitest.config.ts";

// npm run test:bench: the benchmark's tests alone, with the product suite's setup (cleanup, forks, timeouts).
export default defineConfig({
  root: fileURLToPath(new URL("../", import.meta.url)),
  test: {
    ...product.test,
    include: ["tests/bench/**/*.test.ts"],
    exclude: configDefaults.exclude,
  },
});
