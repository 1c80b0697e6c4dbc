import { execFileSync } from "node:child_process";
import { readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/cli.ts";
import { listFiles } from "../helpers/site.ts";

interface Step {
  name?: string;
  run?: string;
  uses?: string;
}

const workflow = parse(readFileSync(join(ROOT, ".github/workflows/publish.yml"), "utf8")) as {
  jobs: { build: { steps: Step[] } };
};
const steps = workflow.jobs.build.steps;
// What GitHub's Pages configuration would hand the build.
const PAGES = {
  "steps.pages.outputs.origin": "https://newsroom.github.io",
  "steps.pages.outputs.base_path": "/archive",
};

/** Runs the workflow's own commands for the named steps, in order, in a fresh clone; returns the clone's path. */
async function runWorkflow(names: string[]): Promise<string> {
  const clone = join(await tempDir(), "repo");
  execFileSync("git", ["clone", "--quiet", ROOT, clone]);
  // The clone installs nothing: it uses this checkout's packages, as `npm ci` would have installed them.
  symlinkSync(join(ROOT, "node_modules"), join(clone, "node_modules"));
  for (const name of names) {
    const step = steps.find((s) => s.name === name);
    if (!step?.run) throw new Error(`the workflow has no step '${name}' with a command`);
    const command = step.run.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, key: keyof typeof PAGES) => PAGES[key]);
    execFileSync("bash", ["-eo", "pipefail", "-c", command], {
      cwd: clone,
      env: { ...process.env, SOURCE_DATE_EPOCH: "1767225600" },
      stdio: "pipe",
    });
  }
  return clone;
}

describe("the publish workflow", () => {
  it("checks, tests, builds, verifies and deploys, in that order", () => {
    const names = steps.map((s) => s.name ?? s.uses ?? "");
    const order = ["Install", "Check content", "Test", "Build", "Verify", "actions/upload-pages-artifact@v3"].map((n) =>
      names.indexOf(n),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("gives a verified artifact that is the same byte for byte on a second fresh clone", async () => {
    const commands = ["Check content", "Build", "Verify"];
    const [first, second] = [await runWorkflow(commands), await runWorkflow(commands)];
    const site = (clone: string) => join(clone, "_site");
    const files = listFiles(site(first));
    expect(files).toContain("index.html");
    expect(readFileSync(join(site(first), "index.html"), "utf8")).toContain(
      '<link rel="canonical" href="https://newsroom.github.io/archive/">',
    );
    expect(listFiles(site(second))).toEqual(files);
    for (const file of files)
      expect(readFileSync(join(site(second), file)).equals(readFileSync(join(site(first), file))), file).toBe(true);
    const report = JSON.parse(readFileSync(join(first, "build-report.json"), "utf8")) as { articles: number };
    expect(report.articles).toBe(49);
    // Two fresh clones, each checked, built and verified: about 30 s each alone, more beside another test file.
  }, 150_000);
});
