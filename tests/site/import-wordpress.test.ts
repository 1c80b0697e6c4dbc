import { cpSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixture, runCli, type CliResult } from "../helpers/cli.ts";
import { importAndBuild, importedFiles, redirectOf, type ImportRun } from "../helpers/imported.ts";
import { listFiles, page } from "../helpers/site.ts";

// A WordPress export moved to newsdesk: imported into a content folder that already registers three agencies,
// then checked, built and verified; imported again to see that nothing changes and that an edit is kept.
const WXR = fixture("import/wordpress/export.xml");
const UPLOADS = fixture("import/wordpress/uploads");
let run: ImportRun;
let again: CliResult;
let edited: CliResult;
let forced: CliResult;
let before: Map<string, string>;
let afterAgain: Map<string, string>;

const byFile = (file: string) => run.files.find((f) => f.file === file)!;

beforeAll(async () => {
  run = await importAndBuild("wordpress", WXR, ["--uploads", UPLOADS, "--suggest-entities"], (content) => {
    cpSync(fixture("import/entities/entities.yaml"), join(content, "_data/entities.yaml"));
  });
  before = snapshot(run.content);
  const args = ["import", "wordpress", WXR, "--uploads", UPLOADS, "--content", run.content];
  again = await runCli(args);
  afterAgain = snapshot(run.content);
  writeFileSync(
    join(run.content, "pages/about.md"),
    "---\ntitle: About us, rewritten by an editor\n---\n\nOurs now.\n",
  );
  edited = await runCli(args);
  forced = await runCli([...args, "--force"]);
}, 120_000);

// Each file's text and modification time: a second run may not even touch an unchanged file.
function snapshot(content: string): Map<string, string> {
  return new Map(
    listFiles(content).map((f) => [
      f,
      `${statSync(join(content, f)).mtimeMs} ${readFileSync(join(content, f), "utf8")}`,
    ]),
  );
}

describe("newsdesk import wordpress", () => {
  it("imports, and the folder checks without errors, builds and verifies", () => {
    expect(run.imported.code).toBe(0);
    expect(run.report.articles).toEqual({ written: 31, unchanged: 0, skipped: 2 });
    expect(run.report.pages).toEqual({ written: 2, unchanged: 0, skipped: 0 });
    const checked = JSON.parse(run.checked.stdout) as { errors: number };
    expect(run.checked.code).toBe(0);
    expect(checked.errors).toBe(0);
    expect(run.verified.code).toBe(0);
  });

  it("answers every old address of every imported post and page with a redirect to its new one", () => {
    const all = run.files.flatMap((f) => f.aliases.map((alias) => ({ alias, to: f.path })));
    expect(all.length).toBe(run.report.aliases);
    // Drafts and the scheduled post are not published, so neither are their old addresses.
    const published = run.files.filter((f) => f.data.draft !== true && !String(f.data.date).startsWith("2027"));
    const aliases = published.flatMap((f) => f.aliases.map((alias) => ({ alias, to: f.path })));
    expect(aliases.length).toBeGreaterThan(40);
    const wrong = aliases.filter(({ alias, to }) => redirectOf(run.out, alias) !== to);
    expect(wrong).toEqual([]);
    expect(aliases).toContainEqual({ alias: "/?p=101", to: "/2024/03/europol-botnet-takedown/" });
    expect(aliases).toContainEqual({ alias: "/2024/03/05/botnet-takedown/", to: "/2024/03/europol-botnet-takedown/" });
    expect(aliases).toContainEqual({ alias: "/?page_id=202", to: "/team/" });
  });

  it("sorts categories into the registered agencies and countries, and proposes what the text names", () => {
    const takedown = byFile("articles/2024/03/europol-botnet-takedown.md");
    expect(takedown.data.agencies).toEqual(["Europol", "Federal Bureau of Investigation"]);
    expect(takedown.data.countries).toEqual(["France"]);
    expect(takedown.data.topics).toEqual(["Takedowns"]);
    expect(run.report.suggestedEntities).toEqual([{ name: "Dutch High Tech Crime Unit", articles: 3 }]);
    expect(run.report.entities).toContainEqual({
      file: "articles/2024/05/ncsc-advisory-notes.md",
      proposed: { agencies: ["National Cyber Security Centre"] },
    });
  });

  it("turns a caption into a figure, an embed into a click-to-load frame, and keeps no login shortcode", () => {
    const $ = page(run.out, "/2024/03/europol-botnet-takedown/");
    expect($("article figure figcaption").first().text()).toBe("Servers seized in the operation");
    const all = run.files.map((f) => f.body).join("\n");
    expect(all).not.toContain("s2Member");
    expect(all).not.toContain("contact-form-7");
    expect(run.report.converted.shortcode).toMatchObject({ caption: 2, gallery: 2, embed: 4, "s2Member-Login": 1 });
    const vimeo = page(run.out, "/2024/08/vimeo-briefing-on-phishing-kits/");
    expect(vimeo("article [data-embed-src]").attr("data-embed-src")).toBe("https://player.vimeo.com/video/76979871");
    expect(Object.keys(run.report.left.shortcode).sort()).toEqual(["pullquote", "unknown_widget"]);
  });

  it("keeps drafts, pending, private and password-protected posts as drafts and a scheduled post for its date", () => {
    const drafts = run.files
      .filter((f) => f.data.draft === true)
      .map((f) => f.file)
      .sort();
    expect(drafts).toEqual([
      "articles/2024/05/embargoed-briefing.md",
      "articles/2024/05/ncsc-advisory-notes.md",
      "articles/2024/05/newsroom-rota.md",
      "articles/2024/05/phishing-kit-analysis.md",
    ]);
    expect(String(byFile("articles/2027/01/annual-threat-report.md").data.date)).toMatch(/^2027-01-/);
    expect(run.files.some((f) => f.file.includes("old-rumour"))).toBe(false);
  });

  it("makes the sticky post featured, so it leads the home page's top stories", () => {
    expect(run.files.filter((f) => f.data.featured === true).map((f) => f.file)).toEqual([
      "articles/2024/08/sticky-live-blog.md",
    ]);
  });

  it("keeps two posts that share a slug in different months", () => {
    expect(byFile("articles/2024/01/patch-roundup.md").data.title).toBe("Patch Tuesday roundup");
    expect(byFile("articles/2024/02/patch-roundup.md").data.title).toBe("Patch Tuesday roundup");
  });

  it("changes and touches nothing on a second run, leaves an edited file unless --force, and says so", () => {
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Articles: 0 written, 31 unchanged, 2 skipped");
    expect([...afterAgain].filter(([f, text]) => before.get(f) !== text)).toEqual([]);
    expect(edited.stdout).toContain("Pages: 0 written, 1 unchanged, 1 skipped");
    expect(edited.stdout).toContain("edited since the last import: left as it is (--force replaces it)");
    expect(forced.stdout).toContain("Pages: 1 written, 1 unchanged, 0 skipped");
    expect(readFileSync(join(run.content, "pages/about.md"), "utf8")).toContain("title: About Harbour Watch");
    expect(importedFiles(run.content).length).toBe(run.files.length);
  });
});
