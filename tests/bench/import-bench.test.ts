import { describe, expect, it } from "vitest";
import { runBenchCli } from "./bench-cli.ts";

// One small run of the import bench: a generated export imported by newsdesk beside the whole-file converter.
describe("npm run bench -- --only import", () => {
  it("prints both contenders' times and memory, the ratio and what newsdesk wrote", async () => {
    const result = await runBenchCli(["--only", "import", "--articles", "200", "--runs", "1"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toMatch(
      /^Import of a generated WordPress export: 200 posts, 0\.7 MB \(seed 1\), node v[\d.]+, [\d-]+, 1 runs alternating$/,
    );
    expect(lines[2]).toMatch(/^newsdesk import \(streamed, converted\) +\d+\.\d +\d+\.\d +\d+\.\d +\d+ MB$/);
    expect(lines[3]).toMatch(/^whole-file parse \+ turndown only +\d+\.\d +\d+\.\d +\d+\.\d +\d+ MB$/);
    expect(lines[4]).toMatch(/^time ratio newsdesk \/ whole-file: \d+\.\d\d×; newsdesk peak RSS \d+ MB$/);
    expect(lines[5]).toBe(
      "newsdesk wrote 197 articles and 3 pages, 637 aliases, 400 links rewritten, 18 images copied",
    );
    // The target line is printed for the 10,000-post run the issue names, not for a small one.
    expect(result.stdout).not.toContain("target at 10,000 posts");
  }, 120_000);
});
