import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { fixture, runCli, tempDir } from "../helpers/cli.ts";
import { listFiles } from "../helpers/site.ts";

const NOW = "2026-01-01T12:00:00Z";
// Article files in the basic fixture.
const ARTICLE_FILES = readdirSync(fixture("basic/articles"), { recursive: true }).filter((f) =>
  String(f).endsWith(".md"),
).length;
let root: string;
let content: string;
let incremental: string;

interface Report {
  readonly incremental?: {
    rendered: number;
    reused: number;
    searchReused: boolean;
    searchRebuilt: number;
    articlesReused: number;
  };
  readonly pages: number;
}

async function build(out: string, extra: string[] = []): Promise<Report> {
  const report = join(root, "report.json");
  const result = await runCli([
    "build",
    "--content",
    content,
    "--out",
    out,
    "--now",
    NOW,
    "--quiet",
    "--report",
    report,
    ...extra,
  ]);
  if (result.code !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(readFileSync(report, "utf8")) as Report;
}

// Every file of a built site with its bytes, so two sites compare as a whole.
function tree(site: string): Record<string, string> {
  return Object.fromEntries(listFiles(site).map((file) => [file, readFileSync(join(site, file)).toString("base64")]));
}

// Every folder of a built site.
function folders(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => relative(site, join(e.parentPath, e.name)))
    .sort();
}

// An incremental build after `change`, checked file for file against a cold build of the same content.
async function changeAndCompare(change: () => void, flags: string[] = [], out = incremental): Promise<Report> {
  change();
  const cold = join(await tempDir(), "cold");
  await build(cold, flags);
  const report = await build(out, ["--incremental", ...flags]);
  const [want, got] = [tree(cold), tree(out)];
  expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
  // No folder more either (an incremental build patches the last output, src/cli/atomic.ts).
  expect(folders(out)).toEqual(folders(cold));
  const differing = Object.keys(want).filter((file) => got[file] !== want[file]);
  expect(differing).toEqual([]);
  return report;
}

const edit = (file: string, from: string | RegExp, to: string) => {
  const path = join(content, file);
  const text = readFileSync(path, "utf8");
  expect(text).toMatch(from);
  writeFileSync(path, text.replace(from, to));
};

beforeAll(async () => {
  root = await tempDir();
  content = join(root, "content");
  incremental = join(root, "site");
  cpSync(fixture("basic"), content, { recursive: true });
  const first = await build(incremental, ["--incremental"]);
  expect(first.incremental).toMatchObject({ reused: 0, searchReused: false, articlesReused: 0 });
}, 60_000);

describe("build --incremental", () => {
  it("reuses every file and the search index when nothing changed", async () => {
    const report = await changeAndCompare(() => undefined);
    // Every article file (the fixture's eight, drafts and scheduled ones included) is taken as the last build left it.
    expect(report.incremental).toMatchObject({ rendered: 0, searchReused: true, articlesReused: ARTICLE_FILES });
    expect(report.incremental!.reused).toBeGreaterThan(report.pages);
  }, 60_000);

  it("re-renders what an edited body reaches and reuses the rest", async () => {
    const report = await changeAndCompare(() =>
      edit("articles/2021/lonely.md", "Alone.", "Alone, and now longer: a second sentence."),
    );
    // The article page and its search record; lists show summaries, so they stay. Only the edited file is read again.
    expect(report.incremental!.articlesReused).toBe(ARTICLE_FILES - 1);
    expect(report.incremental!.rendered).toBeGreaterThanOrEqual(1);
    expect(report.incremental!.rendered).toBeLessThan(10);
    expect(report.incremental!.searchReused).toBe(false);
  }, 60_000);

  it("matches a cold build after a new headline, a new article, a removed article and a moved date", async () => {
    await changeAndCompare(() =>
      edit("articles/2020/amaq.md", "title: Amaq servers seized", "title: Amaq servers seized in a second wave"),
    );
    await changeAndCompare(() =>
      writeFileSync(
        join(content, "articles/2021/added.md"),
        "---\ntitle: Europol and the FBI on Amaq again\ndate: 2021-03-01\nsummary: A follow-up.\nagencies: [Europol, FBI]\noutlets: [Amaq]\n---\n\nServers of Amaq were seized again.\n",
      ),
    );
    await changeAndCompare(() => rmSync(join(content, "articles/2019/march-first.md")));
    await changeAndCompare(() => edit("articles/2021/added.md", "date: 2021-03-01", "date: 2018-05-01"));
  }, 120_000);

  it("publishes a scheduled article once its time has come, from the stored articles as from a cold build", async () => {
    // The fixture's article dated 2099 is scheduled at NOW; by 2100 it is published, on every list it belongs to.
    const later = ["--now", "2100-01-01T00:00:00Z"];
    const report = await changeAndCompare(() => undefined, later);
    expect(report.incremental!.articlesReused).toBe(ARTICLE_FILES);
    expect(listFiles(incremental)).toContain("2099/01/future/index.html");
    await changeAndCompare(() => undefined);
    expect(listFiles(incremental)).not.toContain("2099/01/future/index.html");
  }, 120_000);

  it("matches a cold build after entities.yaml, site.yaml or a static page change", async () => {
    const renamed = await changeAndCompare(() =>
      edit(
        "_data/entities.yaml",
        "description: Islamic State's news agency.",
        "description: The news agency of Islamic State.",
      ),
    );
    // The outlet's own page shows its description; article pages do not. No article's validation reads a
    // description, so every article is taken from the last build, and the output is still a cold build's.
    expect(renamed.incremental!.rendered).toBeLessThan(renamed.pages);
    expect(renamed.incremental!.articlesReused).toBe(ARTICLE_FILES);
    // Nor is it in any search record: the index is kept whole.
    expect(renamed.incremental).toMatchObject({ searchReused: true, searchRebuilt: 0 });
    // A new alias changes which names articles may use: every article is validated again.
    const aliased = await changeAndCompare(() =>
      edit("_data/entities.yaml", "aliases: [Amaq News Agency]", "aliases: [Amaq News Agency, Amaq Agency]"),
    );
    expect(aliased.incremental!.articlesReused).toBe(0);
    const retitled = await changeAndCompare(() =>
      edit("_data/site.yaml", "title: Fixture Desk", "title: Fixture Newsroom"),
    );
    expect(retitled.incremental!.reused).toBeLessThan(10);
    await changeAndCompare(() => edit("pages/about.md", /title: .*/, "title: About this newsroom"));
  }, 120_000);

  it("still reuses the last output after a build that failed: the fixed push in CI renders only what changed", async () => {
    const file = join(content, "articles/2021/lonely.md");
    const good = readFileSync(file, "utf8");
    writeFileSync(file, good.replace(/^date: .*$/m, "date: 2021-02-30"));
    const failed = await runCli(["build", "--content", content, "--out", incremental, "--now", NOW, "--incremental"]);
    expect(failed.code).toBe(1);
    writeFileSync(file, good.replace(/Alone.*/, "Alone, fixed after a failed build."));
    const fixed = await changeAndCompare(() => undefined);
    expect(fixed.incremental!.reused).toBeGreaterThan(fixed.pages);
    expect(fixed.incremental!.rendered).toBeLessThan(10);
  }, 120_000);

  it("a build that fails after loading leaves the last article store as it was, and nothing beside it", async () => {
    // The next article store is written while the build goes on (src/build/incremental-store.ts stage): a failure
    // after that, here a warning refused by --fail-on-warnings once the model is made, must remove it.
    const store = join(root, ".site.newsdesk.articles.ndjson");
    const before = readFileSync(store);
    const file = join(content, "articles/2021/lonely.md");
    const good = readFileSync(file, "utf8");
    writeFileSync(file, `${good}\nSee [a story that is not there](/2099/01/nowhere/).\n`);
    const failed = await runCli([
      ...["build", "--content", content, "--out", incremental, "--now", NOW, "--incremental", "--fail-on-warnings"],
    ]);
    writeFileSync(file, good);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("/2099/01/nowhere/");
    expect(readFileSync(store).equals(before)).toBe(true);
    expect(readdirSync(root).filter((name) => name.startsWith(".site.newsdesk"))).toEqual([
      ".site.newsdesk.articles.ndjson",
      ".site.newsdesk.json",
    ]);
    const next = await changeAndCompare(() => undefined);
    expect(next.incremental).toMatchObject({ rendered: 0, articlesReused: ARTICLE_FILES });
  }, 120_000);

  it("places body images in articles kept from the last build as a cold build does", async () => {
    // A stored article's html is decoded only when read: its images are found in the stored bytes (stored-article.ts).
    const dir = await tempDir();
    const pictures = join(dir, "content");
    cpSync(fixture("images"), pictures, { recursive: true });
    const run = async (out: string, extra: string[]) => {
      const done = await runCli(["build", "--content", pictures, "--out", out, "--now", NOW, "--quiet", ...extra]);
      expect(done.code, done.stderr).toBe(0);
    };
    const site = join(dir, "site");
    await run(site, ["--incremental"]);
    // A new static page changes every page's navigation, not the search index: each page is rendered again from
    // the stored article, whose html nothing else has decoded.
    mkdirSync(join(pictures, "pages"), { recursive: true });
    writeFileSync(join(pictures, "pages/about.md"), "---\ntitle: About\n---\n\nAbout this desk.\n");
    await run(site, ["--incremental"]);
    const cold = join(dir, "cold");
    await run(cold, []);
    const [want, got] = [tree(cold), tree(site)];
    expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
    expect(Object.keys(want).filter((file) => got[file] !== want[file])).toEqual([]);
    const page = Buffer.from(got["2024/05/harbour/index.html"]!, "base64").toString();
    expect(page).toContain("<picture>");
    expect(page).not.toContain("data-newsdesk-image");
  }, 120_000);

  it("keeps the world map's sprite in the manifest, and the next build's map is the same file", async () => {
    const manifest = JSON.parse(readFileSync(join(root, ".site.newsdesk.json"), "utf8")) as {
      world?: { svg: string; width: number; countries: [string, { x: number }][] };
    };
    expect(manifest.world?.width).toBe(1000);
    expect(manifest.world?.svg).toContain('id="c250"');
    // France, by its ISO numeric code, is placed on the map.
    expect(manifest.world?.countries.find(([id]) => id === "250")?.[1].x).toBeGreaterThan(0);
    const sprite = listFiles(incremental).find((f) => /^assets\/world\.[0-9a-f]+\.svg$/.test(f))!;
    expect(readFileSync(join(incremental, sprite), "utf8")).toBe(manifest.world!.svg);
  });

  it("starts over when the manifest is missing or the options differ", async () => {
    const other = await changeAndCompare(() => undefined);
    expect(other.incremental!.rendered).toBe(0);
    const prefixed = await build(incremental, ["--incremental", "--path-prefix", "/news/"]);
    expect(prefixed.incremental).toMatchObject({ reused: 0 });
    // A plain build replaces the output and removes the manifest, so the next incremental build reuses nothing.
    await build(incremental);
    const after = await build(incremental, ["--incremental"]);
    expect(after.incremental).toMatchObject({ reused: 0, searchReused: false });
  }, 120_000);

  it("patches the last output: an unchanged page keeps its file, and with --compress its compressed copies", async () => {
    const compressed = join(root, "compressed");
    const flags = ["--compress"];
    await build(compressed, ["--incremental", ...flags]);
    const lonely = "2021/02/lonely/index.html";
    const kept = statSync(join(compressed, lonely)).ino;
    const keptCopy = statSync(join(compressed, `${lonely}.br`)).ino;
    const report = await changeAndCompare(
      () => edit("articles/2020/amaq.md", /title: .*/, "title: Amaq servers seized, compressed"),
      flags,
      compressed,
    );
    expect(report.incremental!.reused).toBeGreaterThan(0);
    // Neither copied nor linked anew: the very files the last build wrote.
    expect(statSync(join(compressed, lonely)).ino).toBe(kept);
    expect(statSync(join(compressed, `${lonely}.br`)).ino).toBe(keptCopy);
    // Nothing is left beside the output but the manifest and the article store, once the set-aside files, removed
    // by a process of their own, are gone.
    const beside = () => readdirSync(root).filter((name) => name.startsWith(".compressed"));
    for (let waited = 0; beside().length > 2 && waited < 10_000; waited += 100) await sleep(100);
    expect(beside()).toEqual([".compressed.newsdesk.articles.ndjson", ".compressed.newsdesk.json"]);
  }, 120_000);

  it("re-indexes only the search bundles whose articles changed", async () => {
    const sharded = join(root, "sharded");
    const flags = ["--search-shards", "3"];
    const first = await build(sharded, ["--incremental", ...flags]);
    expect(first.incremental).toMatchObject({ searchReused: false, searchRebuilt: 3 });
    // The host's headers give each of the three bundles, and no other, an hour's caching.
    const headers = readFileSync(join(sharded, "_headers"), "utf8");
    expect(headers.match(/^\/pagefind[-\d]*\/\*$/gm)).toEqual(["/pagefind/*", "/pagefind-2/*", "/pagefind-3/*"]);
    const same = await changeAndCompare(() => undefined, flags, sharded);
    expect(same.incremental).toMatchObject({ searchReused: true, searchRebuilt: 0 });
    // One article's text: its bundle is indexed again, the other two are linked from the last build.
    const edited = await changeAndCompare(
      () => edit("articles/2021/lonely.md", /Alone.*/, "Alone, and edited for the sharded index."),
      flags,
      sharded,
    );
    expect(edited.incremental).toMatchObject({ searchReused: false, searchRebuilt: 1 });
  }, 120_000);
});
