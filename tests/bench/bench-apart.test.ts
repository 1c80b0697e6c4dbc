import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/cli.ts";

/** Every .ts and .js file under `dir`, recursively. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

// The benchmark lives in bench/ with its own entry: newsdesk itself neither imports it nor offers it as a command.
describe("the benchmark, apart from the product", () => {
  it("is imported by no file of src/, layouts/, bin/ or .eleventy.ts", () => {
    const product = [...["src", "layouts", "bin"].flatMap((dir) => codeFiles(join(ROOT, dir))), join(ROOT, ".eleventy.ts")];
    const importsBench = /(?:from\s*|import\s*\(\s*)["'][^"']*\bbench\//;
    expect(product.length).toBeGreaterThan(100);
    expect(product.filter((file) => importsBench.test(readFileSync(file, "utf8"))).map((file) => relative(ROOT, file))).toEqual([]);
  });

  it("is no command of newsdesk's command line", async () => {
    const help = await runCli(["--help"]);
    expect([help.code, help.stdout.includes("bench")]).toEqual([0, false]);
    const bench = await runCli(["bench", "--only", "quality"]);
    expect([bench.code, bench.stdout, bench.stderr.split("\n")[0]]).toEqual([2, "", "newsdesk: unknown command 'bench'"]);
  });
});
