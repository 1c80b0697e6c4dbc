import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BENCH_USAGE } from "../../bench/bench-command.ts";
import { RANKING_VARIANTS } from "../../bench/related-quality.ts";
import { ROOT, tempDir } from "../helpers/cli.ts";
import { runBenchCli } from "./bench-cli.ts";

// The benchmark's own entry, run as `npm run bench -- ARGS` would, from a folder that is not the project's.
describe("npm run bench", () => {
  it("runs --only quality from any folder, on the tuned archive and the holdout in tests/fixtures", async () => {
    const result = await runBenchCli(["--only", "quality"], await tempDir());
    const [tuned, holdout] = result.stdout
      .trimEnd()
      .split("\n\n")
      .map((part) => part.split("\n"));
    expect([result.code, result.stderr]).toEqual([0, ""]);
    expect(tuned![0]).toBe(`Related quality on ${join(ROOT, "tests/fixtures/related")} (45 articles, 9 stories)`);
    expect(holdout![0]).toBe(
      `Related quality on ${join(ROOT, "tests/fixtures/related-holdout")} (72 articles, 12 stories)`,
    );
    for (const lines of [tuned!, holdout!]) {
      expect(lines[1]).toBe(`${"".padEnd(44)}precision@3   nDCG@5   worst story p@3`);
      expect(lines.slice(2).map((line) => line.slice(0, 44).trimEnd())).toEqual(RANKING_VARIANTS.map((v) => v.name));
    }
  });

  it("refuses an --only it does not know with its usage, exit 2", async () => {
    const result = await runBenchCli(["--only", "nope"]);
    expect([result.code, result.stdout, result.stderr]).toEqual([
      2,
      "",
      `newsdesk bench: --only takes quality, related, build, incremental, serve, import, not 'nope'\n\n${BENCH_USAGE}\n`,
    ]);
  });

  it("refuses --scale with --articles, and an unknown option", async () => {
    const scale = await runBenchCli(["--scale", "--articles", "10"]);
    expect([scale.code, scale.stderr.split("\n")[0]]).toEqual([
      2,
      "newsdesk bench: --scale runs 1,000, 10,000 and 50,000 articles; leave out --articles",
    ]);
    const unknown = await runBenchCli(["--fast"]);
    expect([unknown.code, unknown.stderr.split("\n")[0]]).toEqual([2, "newsdesk bench: Unknown option '--fast'"]);
  });

  it("refuses --dead-links that is no percentage, or without the full build", async () => {
    const over = await runBenchCli(["--only", "build", "--dead-links", "130"]);
    expect([over.code, over.stderr.split("\n")[0]]).toEqual([
      2,
      "newsdesk bench: --dead-links takes a whole percentage from 0 to 100, not '130'",
    ]);
    const alone = await runBenchCli(["--only", "related", "--dead-links", "30"]);
    expect([alone.code, alone.stderr.split("\n")[0]]).toEqual([
      2,
      "newsdesk bench: --dead-links shapes the full build's archive: use it with --only build, or without --only",
    ]);
  });

  it("prints its usage with --help, exit 0", async () => {
    const result = await runBenchCli(["--help"]);
    expect([result.code, result.stdout, result.stderr]).toEqual([0, `${BENCH_USAGE}\n`, ""]);
  });
});
