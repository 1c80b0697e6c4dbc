import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BENCH_PER_PAGE } from "../../bench/archive-folder.ts";
import type { ContenderResult, FullBuildResult } from "../../bench/build-results.ts";
import { syntheticArchive } from "../../bench/synthetic.ts";
import { findHugo } from "../../bench/contenders.ts";
import type { BenchJson } from "../../bench/build-bench.ts";
import { runBenchCli } from "./bench-cli.ts";

// One end-to-end run of the full-build comparison on a small archive; its folder is kept to look at Hugo's output.
describe("npm run bench -- --only build --json", () => {
  let json: BenchJson;
  let build: FullBuildResult;
  const contender = (name: ContenderResult["name"]) => build.contenders.find((c) => c.name === name)!;

  beforeAll(async () => {
    if (!findHugo())
      throw new Error("hugo is not on PATH: install Debian's package (apt-get install hugo), as .ci/run does");
    const result = await runBenchCli(["--only", "build", "--articles", "60", "--runs", "1", "--json", "--keep"]);
    if (result.code !== 0) throw new Error(`bench failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
    json = JSON.parse(result.stdout) as BenchJson;
    build = json.builds[0]!;
  });
  afterAll(() => {
    if (json?.folder) rmSync(json.folder, { recursive: true, force: true });
  });

  it("builds all four, once each, with positive times and memory", () => {
    expect(json.builds.map((b) => [b.articles, b.seed, b.runs])).toEqual([[60, 1, 1]]);
    expect(build.contenders.map((c) => [c.name, c.status, c.runs.length])).toEqual([
      ["newsdesk", "ok", 1],
      ["floor", "ok", 1],
      ["hugo", "ok", 1],
      ["hugo-pagefind", "ok", 1],
    ]);
    for (const c of build.contenders) {
      expect(c.median!).toBeGreaterThan(0);
      expect([c.min, c.max]).toEqual([c.median, c.median]);
      expect(c.peakRss!).toBeGreaterThan(20 * 1024 * 1024);
      expect(c.treePeakRss!).toBeGreaterThanOrEqual(c.peakRss!);
      expect(c.pagesPerSecond).toBeCloseTo(c.pages! / c.median!, 9);
    }
    expect(json.eleventy).toBe("3.1.8");
    expect(json.hugo).toMatch(/^hugo v0\.\d+/);
  });

  it("takes newsdesk's pages and phases from its build report, the phases inside its wall time", () => {
    const newsdesk = contender("newsdesk");
    const run = newsdesk.runs[0]!;
    if (!run.ok) throw new Error(run.error);
    expect(newsdesk.pages).toBe(run.pages);
    expect(newsdesk.pages!).toBeGreaterThan(60);
    expect(newsdesk.files!).toBeGreaterThan(newsdesk.pages!);
    expect(build.phases.map((p) => p.name)).toEqual(run.phases.map((p) => p.name));
    expect(build.phases.length).toBeGreaterThanOrEqual(3);
    const sum = build.phases.reduce((total, p) => total + (p.concurrent ? 0 : p.seconds), 0);
    expect(sum).toBeLessThanOrEqual(newsdesk.median!);
    // The search index runs alongside the other phases: marked so, and inside the wall time on its own.
    expect(build.phases.filter((p) => p.concurrent).map((p) => p.name)).toEqual(["search index (alongside)"]);
    expect(build.phases.find((p) => p.concurrent)!.seconds).toBeLessThanOrEqual(newsdesk.median!);
    for (const p of build.phases) expect(p.share).toBeCloseTo(p.seconds / newsdesk.median!, 9);
  });

  it("has the floor write one page an article and Hugo paginate term pages like newsdesk", () => {
    expect([contender("floor").pages, contender("floor").files]).toEqual([60, 60]);
    const counts = new Map<string, number>();
    for (const a of syntheticArchive({ articles: 60, seed: 1 }))
      for (const e of a.agencies) counts.set(e.slug, (counts.get(e.slug) ?? 0) + 1);
    const [slug, n] = [...counts].sort((x, y) => y[1] - x[1])[0]!;
    const last = Math.ceil(n / BENCH_PER_PAGE);
    const out = join(json.folder!, "articles-60/out/hugo/agencies", slug, "page");
    expect(last).toBeGreaterThanOrEqual(2);
    expect([existsSync(join(out, String(last), "index.html")), existsSync(join(out, String(last + 1)))]).toEqual([
      true,
      false,
    ]);
    expect(contender("hugo").pages!).toBeGreaterThan(60 + counts.size);
  });

  it("has Hugo+Pagefind build Hugo's site, then index its 60 articles with their filters", () => {
    const out = join(json.folder!, "articles-60/out/hugo-pagefind");
    const entry = JSON.parse(readFileSync(join(out, "pagefind/pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([60]);
    expect(readdirSync(join(out, "pagefind/filter")).length).toBeGreaterThan(0);
    expect(contender("hugo-pagefind").pages).toBe(contender("hugo").pages);
    // The pair takes longer than Hugo alone: its time is Hugo's build and then Pagefind's.
    expect(contender("hugo-pagefind").median!).toBeGreaterThan(contender("hugo").median! * 0.5);
  });

  it("divides newsdesk's median by the floor's, Hugo's and Hugo+Pagefind's", () => {
    expect(build.ratios.floor).toBe(contender("newsdesk").median! / contender("floor").median!);
    expect(build.ratios.hugo).toBe(contender("newsdesk").median! / contender("hugo").median!);
    expect(build.ratios.hugoPagefind).toBe(contender("newsdesk").median! / contender("hugo-pagefind").median!);
  });
});
