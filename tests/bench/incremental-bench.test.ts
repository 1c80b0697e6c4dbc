import { describe, expect, it } from "vitest";
import { runBenchCli } from "./bench-cli.ts";

// One small run of the incremental bench: a first build, then an edited headline, a new article and an entities.yaml
// change, each built with build --incremental from the last output.
describe("npm run bench -- --only incremental", () => {
  it("prints each step's time, its last page, what it rendered and reused, and the bundles it indexed", async () => {
    const result = await runBenchCli(["--only", "incremental", "--articles", "60", "--runs", "1"]);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^build --incremental on 60 articles \(seed 1\), node v[\d.]+, [\d-]+, medians$/);
    const row = (label: string) => {
      const line = lines.find((l) => l.startsWith(label));
      const m = line?.match(/ +(\d+\.\d\d) s +(\d+\.\d\d) s +([\d,]+) +([\d,]+) +(\d+) of (\d+) +[\d,]+ MB$/);
      if (!m) throw new Error(`no row for ${label} in:\n${result.stdout}`);
      const [wall, page, rendered, reused, indexed, bundles] = m.slice(1).map((n) => Number(n.replace(/,/g, "")));
      return { wall: wall!, page: page!, rendered: rendered!, reused: reused!, indexed: indexed!, bundles: bundles! };
    };
    const first = row("first build (no manifest)");
    expect([first.reused, first.indexed, first.bundles]).toEqual([0, 1, 1]);
    expect(first.rendered).toBeGreaterThan(60);
    expect(first.page).toBeLessThan(first.wall);
    // The edited headline is on its page, the lists and feeds that show it: a few files, and the search bundle.
    const edited = row("one headline edited");
    expect(edited.rendered).toBeGreaterThan(0);
    expect(edited.rendered).toBeLessThan(first.rendered / 2);
    expect(edited.reused).toBeGreaterThan(first.rendered / 2);
    expect(edited.indexed).toBe(1);
    expect(row("one new article").indexed).toBe(1);
    // A description is on its entity's page only: no search record holds it, so the bundle is reused.
    const described = row("entities.yaml description");
    expect(described.indexed).toBe(0);
    expect(described.rendered).toBeLessThan(first.rendered / 2);
  }, 180_000);
});
