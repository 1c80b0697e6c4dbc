import { execFile } from "node:child_process";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/cli.ts";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");
const CRUISER = join(ROOT, "node_modules/.bin/depcruise");

// Runs the layer check of .dependency-cruiser.cjs over `files` (path → source) in a folder of their own.
async function cruise(files: Record<string, string>): Promise<{ code: number; output: string }> {
  const dir = await tempDir();
  cpSync(join(ROOT, ".dependency-cruiser.cjs"), join(dir, ".dependency-cruiser.cjs"));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        allowImportingTsExtensions: true,
        module: "NodeNext",
        moduleResolution: "NodeNext",
        noEmit: true,
      },
    }),
  );
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  try {
    const { stdout, stderr } = await run(
      CRUISER,
      ["src", "--config", ".dependency-cruiser.cjs", "--output-type", "err"],
      { cwd: dir },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe("the layer rules (npm run layers)", () => {
  it("pass over a tree whose floors import only downward", async () => {
    const result = await cruise({
      "src/model/urls.ts": "export const HOME = '/';\n",
      "src/content/load.ts": "import { HOME } from '../model/urls.ts';\nexport const start = HOME;\n",
      "src/site/site-model.ts": "import { start } from '../content/load.ts';\nexport const page = start;\n",
    });
    expect(result.output).toContain("no dependency violations found");
    expect(result.code).toBe(0);
  });

  it("fail on an upward import, naming the files and the rule", async () => {
    const result = await cruise({
      "src/model/urls.ts": "import { page } from '../site/site-model.ts';\nexport const HOME = page;\n",
      "src/site/site-model.ts": "export const page = '/';\n",
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("floor-0-imports-upward: src/model/urls.ts → src/site/site-model.ts");
  });

  it("fail on an import between neighbours of one floor and on a circle", async () => {
    const result = await cruise({
      "src/feeds/atom.ts": "import { headers } from '../seo/headers.ts';\nexport const atom = headers;\n",
      "src/seo/headers.ts": "export const headers = 1;\n",
      "src/content/a.ts": "import { b } from './b.ts';\nexport const a = () => b;\n",
      "src/content/b.ts": "import { a } from './a.ts';\nexport const b = () => a;\n",
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("feeds-imports-a-neighbour: src/feeds/atom.ts → src/seo/headers.ts");
    expect(result.output).toMatch(/no-circular: src\/content\/a\.ts →\s+src\/content\/b\.ts →\s+src\/content\/a\.ts/);
  });

  it("fail when the product imports the benchmark", async () => {
    const result = await cruise({
      "src/site/x.ts": "import { bench } from '../../bench/main.ts';\nexport const x = bench;\n",
      "bench/main.ts": "export const bench = 1;\n",
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("product-imports-bench-or-tests: src/site/x.ts → bench/main.ts");
  });
});
