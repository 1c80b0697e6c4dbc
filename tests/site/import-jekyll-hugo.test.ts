import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixture } from "../helpers/cli.ts";
import { importAndBuild, redirectOf, type ImportRun } from "../helpers/imported.ts";
import { page } from "../helpers/site.ts";

// A Jekyll and a Hugo site moved to newsdesk: imported, checked, built and verified, their old addresses kept.
let jekyll: ImportRun;
let hugo: ImportRun;

beforeAll(async () => {
  [jekyll, hugo] = await Promise.all([
    importAndBuild("jekyll", fixture("import/jekyll")),
    importAndBuild("hugo", fixture("import/hugo")),
  ]);
}, 120_000);

const published = (run: ImportRun) => run.files.filter((f) => f.data.draft !== true);
const wrongRedirects = (run: ImportRun) =>
  published(run)
    .flatMap((f) => f.aliases.map((alias) => ({ alias, to: f.path })))
    .filter(({ alias, to }) => redirectOf(run.out, alias) !== to);
const body = (run: ImportRun, file: string) => run.files.find((f) => f.file === file)!.body;
const checkErrors = (run: ImportRun) => (JSON.parse(run.checked.stdout) as { errors: number }).errors;

describe("newsdesk import jekyll", () => {
  it("imports, reporting the one front-matter it cannot read at its line, and the folder checks, builds and verifies", () => {
    expect(jekyll.imported.code).toBe(1);
    expect(jekyll.imported.stdout).toContain(
      "_posts/2021-07-02-Broken-Front-Matter.md:3:1 front-matter: front-matter cannot be read",
    );
    expect(jekyll.report.articles).toEqual({ written: 8, unchanged: 0, skipped: 1 });
    expect(jekyll.report.repaired.length).toBe(5);
    expect(checkErrors(jekyll)).toBe(0);
    expect(jekyll.verified.code).toBe(0);
  });

  it("keeps every old address, capitals and all, as a redirect to the new one", () => {
    expect(wrongRedirects(jekyll)).toEqual([]);
    expect(existsSync(join(jekyll.out, "news/2021/03/09/Europol-Takes-Down-Botnet/index.html"))).toBe(true);
    expect(redirectOf(jekyll.out, "/news/2021/03/09/Europol-Takes-Down-Botnet/")).toBe(
      "/2021/03/europol-takes-down-botnet/",
    );
    expect(redirectOf(jekyll.out, "/news/quayside/")).toBe("/2021/03/europol-takes-down-botnet/");
  });

  it("converts Liquid newsdesk has a form for, leaves the rest for an editor, and rewrites post_url", () => {
    const takedown = body(jekyll, "articles/2021/03/europol-takes-down-botnet.md");
    expect(takedown).toContain("```bash");
    expect(takedown).not.toMatch(/\{%\s*(comment|highlight|raw|endraw)/);
    expect(body(jekyll, "articles/2021/04/ncsc-advisory-exchange.md")).toContain(
      "[Quayside takedown](/2021/03/europol-takes-down-botnet/)",
    );
    expect(Object.keys(jekyll.report.left.liquid).sort()).toEqual(["cve", "include", "{{ page.author }}"]);
    expect(jekyll.report.converted.liquid).toMatchObject({ comment: 1, highlight: 1, raw: 1, post_url: 2 });
  });

  it("makes redirect_to a link post, keeps both posts sharing a slug, and drafts as drafts", () => {
    const moved = jekyll.files.find((f) => f.file === "articles/2021/08/ransomware-report-moved.md")!;
    expect(moved.data.link).toBe("https://advisories.example.org/2021/ransomware-report");
    expect(jekyll.files.map((f) => f.file)).toEqual(
      expect.arrayContaining(["articles/2021/05/weekly-roundup.md", "articles/2021/06/weekly-roundup.md"]),
    );
    expect(
      jekyll.files
        .filter((f) => f.data.draft === true)
        .map((f) => f.file)
        .sort(),
    ).toEqual(["articles/2021/10/held-back-story.md", "articles/2021/11/interpol-operation-notes.md"]);
  });
});

describe("newsdesk import hugo", () => {
  it("imports, and the folder checks, builds and verifies", () => {
    expect(hugo.imported.code).toBe(0);
    expect(hugo.report.articles).toEqual({ written: 5, unchanged: 0, skipped: 0 });
    expect(hugo.report.pages).toEqual({ written: 1, unchanged: 0, skipped: 0 });
    expect(checkErrors(hugo)).toBe(0);
    expect(hugo.verified.code).toBe(0);
  });

  it("keeps url:, aliases and the [permalinks] address as redirects", () => {
    expect(wrongRedirects(hugo)).toEqual([]);
    expect(redirectOf(hugo.out, "/investigations/Bulletproof-Raid/")).toBe("/2024/03/raid-on-bulletproof-host/");
    expect(redirectOf(hugo.out, "/news/lockbit-charges/")).toBe("/2024/02/lockbit-affiliates-charged/");
  });

  it("turns figure into a captioned figure, youtube into a click-to-load embed, highlight into code, ref into a link", () => {
    const $ = page(hugo.out, "/2023/11/exchange-flaw-exploited/");
    expect($("article figure figcaption").first().text()).toBe("The attack chain, as CISA drew it");
    expect($("article [data-embed-src]").attr("data-embed-src")).toBe(
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    );
    expect($("article pre.code code").length).toBeGreaterThan(0);
    expect($('article a[href="/2024/02/lockbit-affiliates-charged/"]').length).toBe(2);
    expect(hugo.report.converted.hugo).toMatchObject({ figure: 2, youtube: 1, highlight: 2, ref: 1, relref: 1 });
    expect(Object.keys(hugo.report.left.hugo).sort()).toEqual(["gist", "tweet"]);
  });
});
