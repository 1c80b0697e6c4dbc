import { rmSync } from "node:fs";
import { afterAll } from "vitest";
import { madeFolders } from "./cli.ts";

// Registered before any test file's own hooks, so it runs after them (servers stopped, builds done): a test
// run leaves no build folders behind in the system's temporary folder.
afterAll(() => {
  for (const dir of madeFolders.splice(0)) rmSync(dir, { recursive: true, force: true });
});
