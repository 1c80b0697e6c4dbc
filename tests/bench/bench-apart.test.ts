import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { ROOT, runCli } from "../helpers/cli.ts";

// Runs node with `args` from the repository's root, resolving with its exit code and output.
function runNode(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: ROOT }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** Every .ts and .js file under `dir`, recursively. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

// The benchmark lives in bench/ with its own entry: newsdesk itself never imports it; `newsdesk bench` in a checkout
// hands over to that entry as a separate process (the contract's `npm run newsdesk -- bench`).
describe("the benchmark, apart from the product", () => {
  it("is imported by no file of src/, layouts/, bin/ or .eleventy.ts", () => {
    const product = [
      ...["src", "layouts", "bin"].flatMap((dir) => codeFiles(join(ROOT, dir))),
      join(ROOT, ".eleventy.ts"),
    ];
    const importsBench = /(?:from\s*|import\s*\(\s*)["'][^"']*\bbench\//;
    expect(product.length).toBeGreaterThan(100);
    expect(
      product.filter((file) => importsBench.test(readFileSync(file, "utf8"))).map((file) => relative(ROOT, file)),
    ).toEqual([]);
  });

  it("is reached from newsdesk's command line only as a separate process, with the same arguments and exit code", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("bench  [options]          in a checkout of newsdesk's repository");
    const usage = await runCli(["bench", "--only", "nothing"]);
    const direct = await runNode([join(ROOT, "bench/run-bench.js"), "--only", "nothing"]);
    expect(usage.code).toBe(2);
    expect([usage.code, usage.stdout, usage.stderr]).toEqual([direct.code, direct.stdout, direct.stderr]);
  });
});
