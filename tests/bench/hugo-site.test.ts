import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BENCH_PER_PAGE, writeArchiveFolder } from "../../bench/archive-folder.ts";
import { hugoConfig, hugoSiteFiles } from "../../bench/hugo-site.ts";
import { writeSiteFiles } from "../../bench/site-files.ts";
import { findHugo } from "../../bench/contenders.ts";
import { tempDir } from "../helpers/cli.ts";

describe("hugoSiteFiles", () => {
  it("is a config and the minimal layouts", () => {
    expect(hugoSiteFiles("/c", 10).map((f) => f.path)).toEqual([
      "config.toml",
      "layouts/_default/baseof.html",
      "layouts/_default/single.html",
      "layouts/_default/list.html",
      "layouts/_default/term.html",
      "layouts/_default/taxonomy.html",
    ]);
    expect(hugoSiteFiles("/c", 10).find((f) => f.path.endsWith("term.html"))!.text).toContain("range .Paginator.Pages");
  });

  it("configures newsdesk's taxonomies, page size and article URLs over newsdesk's content folder", () => {
    expect(hugoConfig("/tmp/a b/content", 7)).toBe(
      [
        'baseURL = "https://bench.example/"',
        'languageCode = "en"',
        'title = "Synthetic Desk"',
        'contentDir = "/tmp/a b/content"',
        'ignoreFiles = ["^_data/", "/_data/"]',
        "paginate = 7",
        "rssLimit = 7",
        'disableKinds = ["robotsTXT", "404"]',
        "",
        "[taxonomies]",
        '  agency = "agencies"',
        '  outlet = "outlets"',
        '  country = "countries"',
        '  topic = "topics"',
        "",
        "[permalinks]",
        '  articles = "/:year/:month/:slug/"',
        "",
      ].join("\n"),
    );
  });
});

describe("the Hugo site, built by Hugo", () => {
  const hugo = findHugo();
  let out: string;
  let archive: Awaited<ReturnType<typeof writeArchiveFolder>>;
  beforeAll(async () => {
    if (!hugo) throw new Error("hugo is not on PATH: install Debian's package (apt-get install hugo), as .ci/run does");
    const root = await tempDir();
    archive = await writeArchiveFolder(join(root, "content"), { articles: 150, seed: 1 });
    await writeSiteFiles(join(root, "hugo"), hugoSiteFiles(join(root, "content"), BENCH_PER_PAGE));
    out = join(root, "out");
    execFileSync(hugo, ["--quiet", "--source", join(root, "hugo"), "--destination", out], { stdio: "pipe" });
  });

  it("writes every article at newsdesk's URL", () => {
    for (const a of archive.articles) expect(existsSync(join(out, a.path, "index.html")), a.path).toBe(true);
    const first = archive.articles[0]!;
    expect(readFileSync(join(out, first.path, "index.html"), "utf8")).toContain(`<h1>${first.title}</h1>`);
  });

  it("paginates each agency's page by site.yaml's perPage, and writes no page past the last", () => {
    const counts = new Map<string, number>();
    for (const a of archive.articles) for (const e of a.agencies) counts.set(e.slug, (counts.get(e.slug) ?? 0) + 1);
    const [slug, n] = [...counts].sort((x, y) => y[1] - x[1])[0]!;
    const pages = Math.ceil(n / BENCH_PER_PAGE);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(
      readdirSync(join(out, "agencies", slug, "page"))
        .map(Number)
        .sort((x, y) => x - y),
    ).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    const last = readFileSync(join(out, "agencies", slug, "page", String(pages), "index.html"), "utf8");
    expect(last.match(/<li>/g)!.length).toBe(n - (pages - 1) * BENCH_PER_PAGE);
    expect(last).toContain(`page ${pages} of ${pages}`);
  });

  it("marks each article up for Pagefind: the body, a filter for each entity and the year, a date sort", () => {
    const first = archive.articles[0]!;
    const page = readFileSync(join(out, first.path, "index.html"), "utf8");
    expect(page).toContain("<article data-pagefind-body>");
    for (const e of first.agencies) expect(page).toContain(`data-pagefind-filter="agency:${e.name}"`);
    for (const e of first.countries) expect(page).toContain(`data-pagefind-filter="country:${e.name}"`);
    expect(page).toContain(`data-pagefind-filter="year:${first.date.year}"`);
    expect(page).toContain('data-pagefind-sort="date[datetime]"');
  });

  it("lists every agency's term on the taxonomy page", () => {
    const names = new Set(archive.articles.flatMap((a) => a.agencies.map((e) => e.slug)));
    const list = readFileSync(join(out, "agencies/index.html"), "utf8");
    expect(list.match(/<li>/g)!.length).toBe(names.size);
  });
});
