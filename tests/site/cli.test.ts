import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { ROOT, buildSite, fixture, runCli, tempDir } from "../helpers/cli.ts";
import { listFiles } from "../helpers/site.ts";
import { checkReportSchema } from "../../src/cli/check-report.ts";

const CANARY = join(tmpdir(), "newsdesk-js-canary");

/** A copy of the basic fixture with one extra article file. */
async function basicWith(name: string, text: string): Promise<string> {
  const dir = join(await tempDir(), "content");
  cpSync(fixture("basic"), dir, { recursive: true });
  writeFileSync(join(dir, "articles", name), text);
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

describe("newsdesk check", () => {
  it("lists every problem of the invalid fixture as FILE:LINE:COL field: message and exits 1", async () => {
    rmSync(CANARY, { force: true });
    const { code, stdout } = await runCli(["check", "--content", fixture("invalid")]);
    expect(code).toBe(1);
    const expected = [
      "articles/js-front-matter.md:1:1 front-matter: front-matter language 'js' is refused",
      "articles/permalink.md:5:1 permalink: 'permalink' is not an article field",
      "articles/bad-date.md:4:1 date: 2018-02-30 does not exist: February 2018 has 28 days",
      "articles/not-a-date.md:4:1 date: 'next tuesday' is not a date",
      "articles/unknown-country.md:7:5 countries: 'Untied Kingdom' is not a country — did you mean 'United Kingdom'?",
      "articles/blank-title.md:2:1 title: the title is blank",
      "articles/image-without-alt.md:5:1 image: image has no image_alt",
      "articles/updated-before-date.md:4:1 updated: updated (2020-02-01) is before date (2020-02-10)",
      "articles/unclosed.md:1:1 front-matter: the front-matter is never closed",
      "articles/duplicate-key.md:4:1 front-matter: a key is given twice",
      "articles/bad-slug.md:5:1 slug: may hold only lowercase a-z, 0-9 and single hyphens",
      "articles/unknown-agency.md:5:12 agencies: warning: 'Europool' is not in _data/entities.yaml — did you mean 'Europol'?",
      "articles/wrong-types.md:5:17 countries: each country must be text",
      "articles/wrong-types.md:6:1 featured: must be true or false",
      "articles/template-override.md:5:1 templateEngineOverride: 'templateEngineOverride' is not an article field",
      "articles/alias-bomb.md:2:1 front-matter: 45 YAML aliases (*name): more than 20 are refused",
      "articles/2020/same-url-one.md:5:1 slug: /2020/03/same-story/ is also the URL of articles/2020/same-url-two.md",
      "articles/2020/same-url-two.md:5:1 slug: /2020/03/same-story/ is also the URL of articles/2020/same-url-one.md",
      "articles/empty-file.md:1:1 front-matter: the file does not start with front-matter",
      "articles/front-matter-only.md:6:1 body: warning: the article has no body",
      "articles/invalid-utf8.md:1:1 file: the file is not valid UTF-8",
      "articles/nul-byte.md:5:1 file: the file contains a NUL byte",
      "articles/bidi-override.md:6:1 file: the file contains a bidirectional override character",
      "articles/lint-shortcode.md:7:1 body: warning: leftover shortcode [s2Member-Login login_redirect=”” /] is printed as text",
      "articles/lint-template-syntax.md:7:1 body: warning: template syntax ({{ }} or {% %}) is printed as text",
      "articles/lint-raw-html.md:7:1 body: warning: <iframe> from x.example is not an allowed embed host: it was dropped",
      "articles/lint-empty-link.md:7:1 body: warning: a link to https://example.org/ has no text",
      "articles/lint-image-alt.md:7:1 body: warning: the image /img/chart.png has no alt text",
      "articles/lint-heading-skip.md:9:1 body: warning: heading level 4 follows level 2 — use ### here",
      "articles/lint-duplicate-paragraph.md:9:1 body: warning: this paragraph repeats the one on line 7",
      "articles/lint-unlisted-mention.md:7:1 agencies: warning: mentions FBI (Federal Bureau of Investigation) but agencies does not list it",
      "articles/lint-no-summary.md:2:1 summary: warning: no summary",
      'articles/bad-cve.md:5:23 cves: "CVE-20-1472" is not a CVE ID — write each as CVE-YYYY-NNNN, e.g. CVE-2024-3400',
      "articles/bad-cvss.md:5:1 cvss: the CVSS 3.1 vector is missing A (Availability) — add A:H, A:L or A:N",
      'articles/bad-tlp.md:5:1 tlp: "YELLOW" is not a TLP 2.0 label: they are CLEAR, GREEN, AMBER, AMBER+STRICT, RED — write tlp: CLEAR',
      "articles/tlp-amber.md:5:1 tlp: TLP:AMBER is never published: it is for its named recipients only — keep the file out",
      "articles/tlp-amber-strict.md:5:1 tlp: TLP:AMBER+STRICT is never published",
      "articles/tlp-red.md:5:1 tlp: TLP:RED is never published",
      "articles/lint-unlisted-actor.md:6:1 actors: warning: mentions Fancy Bear (APT28) but actors does not list it — add APT28 to actors:",
      "_data/entities.yaml:25:5 actors.attack: S0099 is not a group ID, G and four digits (e.g. G0007) — write the group's own ATT&CK ID, or move the entry under malware:",
      "_data/entities.yaml:28:5 malware.attack: an ATT&CK ID is G and four digits for a group (G0007), S and four digits for software (S0154)",
    ];
    const lines = stdout.split("\n");
    for (const line of expected)
      expect(
        lines.some((l) => l.startsWith(line)),
        line,
      ).toBe(true);
    expect(lines.at(-2)).toBe("30 errors, 13 warnings in 39 files");
    const json = await runCli(["check", "--content", fixture("invalid"), "--format", "json"]);
    expect(json.code).toBe(1);
    const report = checkReportSchema.parse(JSON.parse(json.stdout));
    expect([report.errors, report.warnings, report.problems.length]).toEqual([30, 13, 43]);
    expect(report.problems.find((p) => p.file === "articles/unknown-country.md")).toEqual({
      file: "articles/unknown-country.md",
      line: 7,
      column: 5,
      field: "countries",
      severity: "error",
      message: "'Untied Kingdom' is not a country",
      suggestion: "did you mean 'United Kingdom'?",
    });
    expect(existsSync(CANARY)).toBe(false);
  });

  it("exits 0 on the sample archive and on clean content", async () => {
    expect((await runCli(["check"])).code).toBe(0);
    const { code, stdout } = await runCli(["check", "--content", fixture("basic")]);
    expect(code).toBe(0);
    expect(stdout).toContain("0 errors, 0 warnings");
  });

  it("turns warnings into errors with --strict and prints JSON with --format json", async () => {
    const dir = await basicWith(
      "2020/typo.md",
      "---\ntitle: Typo\ndate: 2020-07-01\nsummary: s\nagencies: [Europool]\n---\nBody.\n",
    );
    expect((await runCli(["check", "--content", dir])).code).toBe(0);
    expect((await runCli(["check", "--content", dir, "--strict"])).code).toBe(1);
    const json = await runCli(["check", "--content", dir, "--format", "json"]);
    const report = checkReportSchema.parse(JSON.parse(json.stdout));
    expect(report.errors).toBe(0);
    expect(report.problems).toEqual([
      {
        file: "articles/2020/typo.md",
        line: 5,
        column: 12,
        field: "agencies",
        severity: "warning",
        message: "'Europool' is not in _data/entities.yaml",
        suggestion: "did you mean 'Europol'?",
      },
    ]);
  });

  it("exits 2 on a usage error", async () => {
    expect((await runCli(["check", "--no-such-flag"])).code).toBe(2);
    expect((await runCli(["frobnicate"])).code).toBe(2);
  });
});

describe("links in bodies", () => {
  it("warns about an internal link to a page the build does not produce, with the closest page", async () => {
    const dir = await basicWith(
      "2020/linker.md",
      "---\ntitle: Linker\ndate: 2020-07-03\nsummary: s\n---\n\nSee [one](/2019/03/march-frist/) and [two](/2020/01/amaq).\n",
    );
    const { code, stdout } = await runCli(["check", "--content", dir]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "articles/2020/linker.md:7:1 body: warning: the link to /2019/03/march-frist/ leads to no page of this site — did you mean /2019/03/march-first/?",
    );
    expect(stdout).toContain(
      "articles/2020/linker.md:7:1 body: warning: the link to /2020/01/amaq leads to no page of this site — did you mean /2020/01/amaq/?",
    );
  });
});

describe("newsdesk build", () => {
  it("refuses JavaScript front-matter without running it and leaves the previous output as it was", async () => {
    rmSync(CANARY, { force: true });
    const out = await buildSite(fixture("basic"));
    const before = snapshot(out);
    const dir = await basicWith(
      "2020/js.md",
      readFileSync(join(fixture("invalid"), "articles/js-front-matter.md"), "utf8"),
    );
    const result = await runCli(["build", "--content", dir, "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("articles/2020/js.md:1:1 front-matter: front-matter language 'js' is refused");
    expect(result.stderr).toContain("is as it was");
    expect(existsSync(CANARY)).toBe(false);
    expect(snapshot(out)).toEqual(before);
  });

  it("fails with --fail-on-warnings on a warning found after loading, when the search index has started, and keeps the previous output", async () => {
    const out = await buildSite(fixture("basic"));
    const before = snapshot(out);
    const dir = await basicWith(
      "2020/linker.md",
      "---\ntitle: Linker\ndate: 2020-07-03\nsummary: s\n---\n\nSee [one](/2019/03/march-frist/).\n",
    );
    const result = await runCli(["build", "--content", dir, "--out", out, "--fail-on-warnings"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "articles/2020/linker.md:7:1 body: the link to /2019/03/march-frist/ leads to no page of this site",
    );
    expect(result.stderr).toContain("is as it was");
    expect(snapshot(out)).toEqual(before);
    // Nothing is left beside the output: no staging folder, and no search bundle written into one after the failure.
    expect(readdirSync(join(out, ".."))).toEqual(["site"]);
  });

  it("refuses a permalink key, naming file and line", async () => {
    const dir = await basicWith(
      "2020/permalink.md",
      readFileSync(join(fixture("invalid"), "articles/permalink.md"), "utf8"),
    );
    const out = join(await tempDir(), "site");
    const result = await runCli(["build", "--content", dir, "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("articles/2020/permalink.md:5:1 permalink: 'permalink' is not an article field");
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(out, "..", "..", "outside.html"))).toBe(false);
  });

  it("replaces the previous output whole, so pages of deleted articles do not linger", async () => {
    const dir = await basicWith("2020/extra.md", "---\ntitle: Extra\ndate: 2020-07-02\nsummary: s\n---\nBody.\n");
    const out = join(await tempDir(), "site");
    expect((await runCli(["build", "--content", dir, "--out", out])).code).toBe(0);
    expect(existsSync(join(out, "2020/07/extra/index.html"))).toBe(true);
    rmSync(join(dir, "articles/2020/extra.md"));
    expect((await runCli(["build", "--content", dir, "--out", out])).code).toBe(0);
    expect(existsSync(join(out, "2020/07/extra/index.html"))).toBe(false);
  });

  it("builds under a base URL and path prefix", async () => {
    const out = await buildSite(fixture("basic"), [
      "--base-url",
      "https://news.example.org",
      "--path-prefix",
      "/news/",
    ]);
    const home = readFileSync(join(out, "index.html"), "utf8");
    expect(home).toContain('href="/news/2019/03/fbi-and-ec3/"');
    expect(home).toContain('<link rel="canonical" href="https://news.example.org/news/">');
    const article = readFileSync(join(out, "2019/03/march-first/index.html"), "utf8");
    expect(article).toContain('href="/news/2019/03/fbi-and-ec3/"');
    expect(readFileSync(join(out, "sitemap.xml"), "utf8")).toContain(
      "<loc>https://news.example.org/news/2019/03/march-first/</loc>",
    );
  });
});

describe("newsdesk new", () => {
  it("fills in entities given as flags in their canonical spelling, and refuses unknown ones with did-you-mean", async () => {
    const dir = join(await tempDir(), "content");
    cpSync(fixture("basic"), dir, { recursive: true });
    const ok = await runCli([
      "new",
      "Flags story",
      "--content",
      dir,
      "--date",
      "2022-05-01",
      "--agency",
      "EC3",
      "--agency",
      "FBI",
      "--country",
      "U.K.",
      "--topic",
      "botnets",
      "--summary",
      "Given on the command line.",
    ]);
    expect(ok.code).toBe(0);
    const text = readFileSync(join(dir, "articles/2022/flags-story.md"), "utf8");
    expect(text).toContain('agencies: ["European Cybercrime Centre","Federal Bureau of Investigation"]');
    expect(text).toContain('countries: ["United Kingdom"]');
    expect(text).toContain('summary: "Given on the command line."');
    const bad = await runCli([
      "new",
      "Typo story",
      "--content",
      dir,
      "--date",
      "2022-05-01",
      "--agency",
      "Europool",
      "--country",
      "Untied Kingdom",
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("--agency 'Europool' is not in the registry — did you mean 'Europol'?");
    expect(bad.stderr).toContain("--country 'Untied Kingdom' is not in the registry — did you mean 'United Kingdom'?");
    expect(existsSync(join(dir, "articles/2022/typo-story.md"))).toBe(false);
  });

  it("asks for the headline, summary and entities when a terminal is attached", async () => {
    const dir = join(await tempDir(), "content");
    cpSync(fixture("basic"), dir, { recursive: true });
    const answers = "Asked at the terminal\nA typed summary.\nEC3\n\nUK, US\nbotnets\n";
    const command = `${process.execPath} ${join(ROOT, "bin/newsdesk.js")} new --content ${dir} --date 2022-06-01`;
    const output = execFileSync("script", ["-qec", command, "/dev/null"], { input: answers, encoding: "utf8" });
    expect(output).toContain("Headline:");
    const text = readFileSync(join(dir, "articles/2022/asked-at-the-terminal.md"), "utf8");
    expect(text).toContain('summary: "A typed summary."');
    expect(text).toContain('agencies: ["European Cybercrime Centre"]');
    expect(text).toContain('countries: ["United Kingdom","United States"]');
    expect((await runCli(["check", "--content", dir])).code).toBe(0);
  });

  it("writes a pre-filled article that checks clean, and refuses to overwrite it", async () => {
    const dir = join(await tempDir(), "content");
    cpSync(fixture("basic"), dir, { recursive: true });
    const first = await runCli(["new", "Europol’s new café raid", "--content", dir, "--date", "2022-04-05"]);
    expect(first.code).toBe(0);
    expect(first.stdout.trim()).toBe(join(dir, "articles/2022/europols-new-cafe-raid.md"));
    const text = readFileSync(join(dir, "articles/2022/europols-new-cafe-raid.md"), "utf8");
    expect(text).toContain('title: "Europol’s new café raid"');
    expect(text).toContain("draft: true");
    expect((await runCli(["check", "--content", dir])).code).toBe(0);
    const again = await runCli(["new", "Europol’s new café raid", "--content", dir, "--date", "2022-04-05"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");
  });
});
