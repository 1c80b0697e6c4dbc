import { createServer } from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import type { ServeBenchResult } from "../../bench/serve-results.ts";
import { syntheticArchive } from "../../bench/synthetic.ts";
import { runBenchCli } from "./bench-cli.ts";

/** Whether a TCP port can be listened on now (nothing holds it). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

// One end-to-end run of the serve bench on a small archive: a real `newsdesk serve`, edited once each way.
describe("npm run bench -- --only serve --json", () => {
  let json: ServeBenchResult;
  let stderr: string;
  const articles = syntheticArchive({ articles: 40, seed: 1 });

  beforeAll(async () => {
    const result = await runBenchCli(["--only", "serve", "--articles", "40", "--runs", "1", "--json"]);
    if (result.code !== 0) throw new Error(`bench failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
    json = JSON.parse(result.stdout) as ServeBenchResult;
    stderr = result.stderr;
  });

  it("times the cold start, then one edit watched on the article's page and one on the home page", () => {
    expect([json.articles, json.seed, json.folder, json.runs.length]).toEqual([40, 1, null, 1]);
    expect(json.coldStart.seconds).toBeGreaterThan(0);
    expect(json.coldStart.logSeconds!).toBeGreaterThan(0);
    expect(json.coldStart.logSeconds!).toBeLessThanOrEqual(json.coldStart.seconds);
    expect(json.coldStart.idleSeconds).toBeGreaterThanOrEqual(json.coldStart.seconds);
    const { article, home } = json.runs[0]!;
    for (const edit of [article, home]) {
      expect(edit.seconds).toBeGreaterThan(0);
      expect(edit.logSeconds!).toBeGreaterThan(0);
      expect(edit.idleSeconds).toBeGreaterThanOrEqual(edit.seconds);
    }
    expect(json.medians).toEqual({
      article: article.seconds,
      home: home.seconds,
      articleLog: article.logSeconds,
      homeLog: home.logSeconds,
      articleIdle: article.idleSeconds,
      homeIdle: home.idleSeconds,
    });
    expect(json.peakRss).toBeGreaterThan(50 * 1024 * 1024);
    expect(json.treePeakRss).toBeGreaterThanOrEqual(json.peakRss);
  });

  it("edits the middle article and the newest, and reads each new title back from the page served", () => {
    const { article, home } = json.runs[0]!;
    const newest = articles.reduce((best, a) => (a.date > best.date ? a : best));
    expect([article.kind, article.file, article.page]).toEqual(["article", articles[20]!.file, articles[20]!.path]);
    expect([home.kind, home.file, home.page]).toEqual(["home", newest.file, "/"]);
    expect(article.marker).toMatch(/^Serve bench edit 1 article [0-9a-f]{8}$/);
    expect(home.marker).toBe(article.marker.replace(" article ", " home "));
    expect([article.served, home.served]).toEqual([article.marker, home.marker]);
    expect(stderr).toContain(`[bench serve] editing ${newest.file}: waiting for / to show "${home.marker}"`);
  });

  it("stops the server with SIGTERM and leaves its port free", async () => {
    expect(json.stopped).toBe("SIGTERM");
    expect(await portIsFree(json.port)).toBe(true);
  });
});
