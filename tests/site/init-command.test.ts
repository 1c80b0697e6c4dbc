import { mkdirSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { STARTER_TIMEZONE } from "../../src/cli/init-content.ts";
import { ROOT, runCli, tempDir } from "../helpers/cli.ts";

const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
// The article's folder is the year init ran in, in the starter site's time zone.
const year = () => DateTime.now().setZone(STARTER_TIMEZONE).toFormat("yyyy");
const starterFiles = () => [
  ".github/workflows/publish.yml",
  ".gitignore",
  "README.md",
  "content/_data/entities.yaml",
  "content/_data/site.yaml",
  `content/articles/${year()}/how-this-archive-works.md`,
  "package.json",
];

/** The folders and files init writes. */
const starterEntries = () =>
  [
    ".github",
    ".github/workflows",
    "content",
    "content/_data",
    "content/articles",
    `content/articles/${year()}`,
    ...starterFiles(),
  ].sort();

/** Every entry under `dir`, folders and links included, never following a link. */
const entries = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).sort();

describe("newsdesk init", () => {
  it("makes the folder named, with its parents, and writes a site that passes check --strict", async () => {
    const cwd = await tempDir();
    const result = await runCli(["init", "papers/harbour-news"], cwd);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const site = join(cwd, "papers/harbour-news");
    expect(entries(site)).toEqual(starterEntries());
    expect(result.stdout.split("\n")).toEqual([
      "Wrote a newsroom's site into papers/harbour-news:",
      ...[
        "package.json",
        "README.md",
        ".gitignore",
        ".github/workflows/publish.yml",
        "content/_data/site.yaml",
        "content/_data/entities.yaml",
        `content/articles/${year()}/how-this-archive-works.md`,
      ].map((f) => `  papers/harbour-news/${f}`),
      "Next: cd papers/harbour-news && npm install && npm start",
      "",
    ]);
    const pkg = JSON.parse(readFileSync(join(site, "package.json"), "utf8")) as {
      name: string;
      dependencies: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(pkg.name).toBe("harbour-news");
    expect(pkg.dependencies).toEqual({ newsdesk: `^${VERSION}` });
    expect(pkg.scripts.start).toBe("newsdesk serve");
    expect(pkg.scripts.build).toBe("newsdesk build");
    expect(pkg.scripts.check).toBe("newsdesk check");
    const siteYaml = parse(readFileSync(join(site, "content/_data/site.yaml"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(siteYaml).sort()).toEqual([
      "copyright",
      "description",
      "language",
      "perPage",
      "timezone",
      "title",
      "url",
    ]);
    const check = await runCli(["check", "--strict"], site);
    expect(check.stdout).toContain("0 errors, 0 warnings\n1 articles checked.");
    expect(check.code).toBe(0);
  });

  it("writes into the current folder when no folder is named", async () => {
    const cwd = join(await tempDir(), "Security Desk");
    mkdirSync(cwd);
    const result = await runCli(["init"], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("Wrote a newsroom's site into this folder:");
    expect(result.stdout).toContain("\nNext: npm install && npm start\n");
    expect(entries(cwd)).toEqual(starterEntries());
    expect((JSON.parse(readFileSync(join(cwd, "package.json"), "utf8")) as { name: string }).name).toBe(
      "security-desk",
    );
  });

  it("refuses in one line, writing nothing, when a file it would write is there", async () => {
    const cwd = await tempDir();
    mkdirSync(join(cwd, "content/_data"), { recursive: true });
    writeFileSync(join(cwd, "content/_data/site.yaml"), "title: Mine\n");
    const result = await runCli(["init"], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("newsdesk init: content/_data/site.yaml already exists; nothing was written\n");
    expect(result.stdout).toBe("");
    expect(entries(cwd)).toEqual(["content", "content/_data", "content/_data/site.yaml"]);
    expect(readFileSync(join(cwd, "content/_data/site.yaml"), "utf8")).toBe("title: Mine\n");
  });

  it("counts a link pointing nowhere as a file that is there, and writes nothing through it", async () => {
    const cwd = await tempDir();
    const target = join(await tempDir(), "planted");
    mkdirSync(join(cwd, "site"));
    symlinkSync(target, join(cwd, "site/.gitignore"));
    const result = await runCli(["init", "site"], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("newsdesk init: site/.gitignore already exists; nothing was written\n");
    expect(entries(join(cwd, "site"))).toEqual([".gitignore"]);
    expect(readlinkSync(join(cwd, "site/.gitignore"))).toBe(target);
    expect(readdirSync(join(target, ".."))).toEqual([]);
  });

  it("refuses a folder on the way that is a link, or a file where a folder goes", async () => {
    const cwd = await tempDir();
    const elsewhere = await tempDir();
    mkdirSync(join(cwd, "linked/content"), { recursive: true });
    symlinkSync(elsewhere, join(cwd, "linked/content/_data"));
    const linked = await runCli(["init", "linked"], cwd);
    expect(linked.code).toBe(2);
    expect(linked.stderr).toBe(
      "newsdesk init: linked/content/_data is a symbolic link, which newsdesk never writes through; nothing was written\n",
    );
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(entries(join(cwd, "linked"))).toEqual(["content", "content/_data"]);

    writeFileSync(join(cwd, "notes.txt"), "mine\n");
    const file = await runCli(["init", "notes.txt"], cwd);
    expect(file.code).toBe(2);
    expect(file.stderr).toBe("newsdesk init: notes.txt is a file, not a folder; nothing was written\n");
    const below = await runCli(["init", "notes.txt/site"], cwd);
    expect(below.code).toBe(2);
    expect(below.stderr).toBe(
      "newsdesk init: notes.txt/site cannot be made (a part of the path is a file, not a folder); nothing was written\n",
    );
    expect(readFileSync(join(cwd, "notes.txt"), "utf8")).toBe("mine\n");
  });

  it("takes one folder at most", async () => {
    const cwd = await tempDir();
    const result = await runCli(["init", "a", "b"], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe("newsdesk init: init takes one folder, not 2: newsdesk init [DIR]");
    expect(readdirSync(cwd)).toEqual([]);
  });
});
