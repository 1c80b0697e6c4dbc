import { execFile } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ROOT, fixture, runCli, tempDir } from "../helpers/cli.ts";
import { listFiles } from "../helpers/site.ts";

function tree(root: string): Record<string, string> {
  return Object.fromEntries(listFiles(root).map((f) => [f, readFileSync(join(root, f)).toString("base64")]));
}

/** The CLI with an extra environment (SOURCE_DATE_EPOCH). */
function runWithEnv(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, "bin/newsdesk.js"), ...args],
      { cwd: ROOT, env: { ...process.env, ...env } },
      (error) => resolve(error ? 1 : 0),
    );
  });
}

describe("reproducible builds", () => {
  it("gives byte-identical output for the same content in different folders, with --now or SOURCE_DATE_EPOCH", async () => {
    const [a, b] = [join(await tempDir(), "site"), join(await tempDir(), "deeper", "site")];
    expect(
      (
        await runCli([
          "build",
          "--content",
          fixture("basic"),
          "--out",
          a,
          "--now",
          "2021-03-03T12:00:00Z",
          "--compress",
        ])
      ).code,
    ).toBe(0);
    expect(
      await runWithEnv(["build", "--content", fixture("basic"), "--out", b, "--compress", "--quiet"], {
        SOURCE_DATE_EPOCH: String(Date.UTC(2021, 2, 3, 12) / 1000),
      }),
    ).toBe(0);
    const first = tree(a);
    expect(Object.keys(first).length).toBeGreaterThan(50);
    expect(tree(b)).toEqual(first);
  });

  it("gives the same output whether Eleventy writes the files in one go or in batches (--batch)", async () => {
    const [whole, batched] = [join(await tempDir(), "site"), join(await tempDir(), "site")];
    const args = ["--content", fixture("basic"), "--now", "2021-03-03T12:00:00Z", "--quiet"];
    expect((await runCli(["build", ...args, "--out", whole])).code).toBe(0);
    expect((await runCli(["build", ...args, "--out", batched, "--batch", "7"])).code).toBe(0);
    const first = tree(whole);
    expect(Object.keys(first).length).toBeGreaterThan(50);
    expect(tree(batched)).toEqual(first);
    expect((await runCli(["build", ...args, "--out", batched, "--batch", "0"])).stderr).toContain(
      "--batch takes a whole number, not '0'",
    );
  });

  it("writes .gz and .br beside text files with --compress, decompressing to the same bytes", async () => {
    const out = join(await tempDir(), "site");
    expect(
      (
        await runCli([
          "build",
          "--content",
          fixture("basic"),
          "--out",
          out,
          "--compress",
          "--now",
          "2026-01-01T00:00:00Z",
        ])
      ).code,
    ).toBe(0);
    for (const file of ["index.html", "feed.xml", "feed.json", "sitemap.xml"]) {
      const original = readFileSync(join(out, file));
      expect(gunzipSync(readFileSync(join(out, `${file}.gz`)))).toEqual(original);
      expect(brotliDecompressSync(readFileSync(join(out, `${file}.br`)))).toEqual(original);
    }
    expect(listFiles(out).some((f) => f.endsWith(".png.gz"))).toBe(false);
  });
});

describe("build report", () => {
  it("ends with a summary and writes it as JSON with --report", async () => {
    const root = await tempDir();
    const started = performance.now();
    const result = await runCli([
      "build",
      "--content",
      fixture("basic"),
      "--out",
      join(root, "site"),
      "--report",
      join(root, "report.json"),
      "--now",
      "2026-01-01T00:00:00Z",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Built 6 articles into \d+ pages \(3 agencies, 1 outlets, 4 countries, 2 topics\) in [\d.]+ s$/m,
    );
    expect(result.stdout).toMatch(
      /load \+ parse [\d.]+ s · validate [\d.]+ s · related [\d.]+ s · site model [\d.]+ s · render \+ write [\d.]+ s · feeds \+ sitemaps [\d.]+ s · search index \(alongside\) [\d.]+ s/,
    );
    const report = JSON.parse(readFileSync(join(root, "report.json"), "utf8")) as {
      phases: { name: string; seconds: number }[];
      pagesWrittenAt: number;
      output: { files: number; bytes: number };
    };
    expect(report).toMatchObject({
      articles: 6,
      topics: { agencies: 3, outlets: 1, countries: 4, topics: 2 },
      searchRecords: 6,
      warnings: 0,
    });
    expect(report.phases.map((p) => p.name)).toEqual([
      "load + parse",
      "validate",
      "related",
      "site model",
      "render + write",
      "feeds + sitemaps",
      "search index (alongside)",
    ]);
    expect(report.output.files).toBe(listFiles(join(root, "site")).length);
    // The last page comes before the end of the build, which also waits for the search index.
    expect(report.pagesWrittenAt).toBeGreaterThan(report.phases.find((p) => p.name === "render + write")!.seconds);
    expect(report.pagesWrittenAt).toBeLessThan((performance.now() - started) / 1000);
    expect(report.output.bytes).toBeGreaterThan(10_000);
  });

  it("shows each phase's progress in CI logs as plain lines, and nothing with --quiet", async () => {
    const root = await tempDir();
    const args = ["build", "--content", fixture("basic"), "--out", join(root, "site"), "--now", "2026-01-01T00:00:00Z"];
    const logged = await runCli(args, undefined, { CI: "true" });
    expect(logged.code).toBe(0);
    const lines = logged.stderr.trimEnd().split("\n");
    expect(lines.map((l) => l.replace(/ {2}.*$/, ""))).toEqual([
      "load + validate",
      "related + site model",
      "render + write",
      "search index",
      "search index: writing the bundle",
    ]);
    // Rendered files: neither the search index nor the marker newsdesk writes into every output (.newsdesk-output).
    const files = listFiles(join(root, "site")).filter(
      (f) => !f.startsWith("pagefind/") && f !== ".newsdesk-output",
    ).length;
    expect(lines[2]).toMatch(new RegExp(`^render \\+ write {2}${files} files {2}[\\d,.]+/s {2}[\\d.]+ s {2}done$`));
    expect(lines[3]).toMatch(/^search index {2}6 articles {2}.* done$/);
    expect(logged.stderr).not.toContain("\r");
    const quiet = await runCli([...args, "--quiet"], undefined, { CI: "true" });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe("");
    expect(quiet.stdout).toBe("");
  });

  it("fails on warnings with --fail-on-warnings, writing nothing", async () => {
    const root = await tempDir();
    const content = join(root, "content");
    cpSync(fixture("basic"), content, { recursive: true });
    writeFileSync(
      join(content, "articles/2020/warned.md"),
      "---\ntitle: Warned\ndate: 2020-07-01\n---\nNo summary here.\n",
    );
    expect((await runCli(["build", "--content", content, "--out", join(root, "a")])).code).toBe(0);
    const strict = await runCli(["build", "--content", content, "--out", join(root, "b"), "--fail-on-warnings"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("articles/2020/warned.md:2:1 summary: no summary");
    expect(existsSync(join(root, "b"))).toBe(false);
  });
});

describe("newsdesk verify", () => {
  it("passes a fresh build and fails, with a list, once a page is gone", async () => {
    const out = join(await tempDir(), "site");
    expect(
      (
        await runCli([
          "build",
          "--content",
          fixture("basic"),
          "--out",
          out,
          "--base-url",
          "https://x.example",
          "--path-prefix",
          "/news/",
        ])
      ).code,
    ).toBe(0);
    const ok = await runCli(["verify", "--out", out]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/verified: \d+ pages, \d+ files, no problems/);
    rmSync(join(out, "2020/01/amaq"), { recursive: true });
    const bad = await runCli(["verify", "--out", out]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("index.html: link: links to /2020/01/amaq/, which does not exist");
    expect(bad.stdout).toContain(
      "sitemap.xml: sitemap: lists 2020/01/amaq/index.html, which is not a page of this build",
    );
  });
});
