import { mkdir, mkdtemp, readdir, writeFile, copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, madeFolders, runCli } from "../helpers/cli.ts";
import { runInProcess } from "../property/in-process.ts";

// One small content folder per case: a 2020-05 article filed under Europol, plus what the case adds.
interface Case {
  readonly name: string;
  readonly files: Record<string, string>;
  /** The located line check and build both print. */
  readonly line: string;
  /** Also run the real build (the cases where Eleventy used to speak). */
  readonly build?: boolean;
}

const article = (extra: string) => `---\ntitle: B\ndate: 2020-06-01\nsummary: s\n${extra}\n---\nBody.\n`;
const page = (extra: string) => `---\ntitle: P\n${extra}\n---\nText.\n`;
const alias = (path: string) => ({ "articles/b.md": article(`aliases: ["${path}"]`) });
const ALIAS_FIX = "an alias must be an old address the site no longer has: remove it, or write the one readers used";
const IMAGE_FIX =
  "save the picture as JPEG, PNG, WebP, GIF or AVIF in the content folder and write its path, e.g. images/harbour.jpg";

const CASES: readonly Case[] = [
  {
    name: "alias /",
    files: alias("/"),
    line: `articles/b.md:5:11 aliases: / is the home page, which newsdesk makes itself — ${ALIAS_FIX}`,
  },
  {
    name: "alias /search/",
    files: alias("/search/"),
    line: "articles/b.md:5:11 aliases: /search/ is the search page (/search/), which newsdesk makes itself",
  },
  {
    name: "alias /feed.xml",
    files: alias("/feed.xml"),
    line: "articles/b.md:5:11 aliases: /feed.xml is the file /feed.xml, which newsdesk makes itself",
    build: true,
  },
  {
    name: "alias /feed.json",
    files: alias("/feed.json"),
    line: "articles/b.md:5:11 aliases: /feed.json is the file /feed.json, which",
  },
  {
    name: "alias /robots.txt",
    files: alias("/robots.txt"),
    line: "articles/b.md:5:11 aliases: /robots.txt is the file /robots.txt, which",
  },
  {
    name: "alias /sitemap.xml",
    files: alias("/sitemap.xml"),
    line: "articles/b.md:5:11 aliases: /sitemap.xml is the file /sitemap.xml, which",
  },
  {
    name: "alias /_redirects",
    files: alias("/_redirects"),
    line: "articles/b.md:5:11 aliases: /_redirects is the file /_redirects, which newsdesk makes itself",
    build: true,
  },
  {
    name: "alias /_headers",
    files: alias("/_headers"),
    line: "articles/b.md:5:11 aliases: /_headers is the file /_headers, which",
  },
  {
    name: "alias /404.html",
    files: alias("/404.html"),
    line: "articles/b.md:5:11 aliases: /404.html is the page for addresses not found (/404.html)",
  },
  {
    name: "alias of a topic page",
    files: alias("/agencies/europol/"),
    line: "articles/b.md:5:11 aliases: /agencies/europol/ is the page of Europol (/agencies/europol/)",
  },
  {
    name: "alias /agencies/",
    files: alias("/agencies/"),
    line: "articles/b.md:5:11 aliases: /agencies/ is the index of agencies (/agencies/)",
  },
  {
    name: "alias /2020/",
    files: alias("/2020/"),
    line: "articles/b.md:5:11 aliases: /2020/ is a date archive (/2020/)",
  },
  {
    name: "alias /2020/05/",
    files: alias("/2020/05/"),
    line: "articles/b.md:5:11 aliases: /2020/05/ is a date archive (/2020/05/)",
  },
  {
    name: "alias /Search/ (case)",
    files: alias("/Search/"),
    line: "articles/b.md:5:11 aliases: /Search/ is the search page (/search/)",
  },
  {
    name: "alias in /pagefind/",
    files: alias("/pagefind/x"),
    line: "articles/b.md:5:11 aliases: /pagefind/x is inside /pagefind/, where newsdesk writes the search index",
  },
  {
    name: "alias in /assets/",
    files: alias("/assets/site.css"),
    line: "articles/b.md:5:11 aliases: /assets/site.css is inside /assets/, where newsdesk writes",
  },
  {
    name: "alias in /img/",
    files: alias("/img/x.png"),
    line: "articles/b.md:5:11 aliases: /img/x.png is inside /img/, where newsdesk writes resized lead images",
  },
  {
    name: "page slug search",
    files: { "pages/p.md": page("slug: search") },
    line: "pages/p.md:3:1 slug: /search/ is the search page (/search/), which newsdesk makes itself — give the page another slug:",
    build: true,
  },
  {
    name: "page named agencies",
    files: { "pages/agencies.md": page("") },
    line: "pages/agencies.md:1:1 file: /agencies/ is the index of agencies (/agencies/), which newsdesk makes itself — rename the file",
  },
  {
    name: "two pages, one slug",
    files: { "pages/p.md": page("slug: about"), "pages/q.md": page("slug: about") },
    line: "pages/q.md:3:1 slug: /about/ is also the address of the page pages/p.md",
    build: true,
  },
  {
    name: "former slug of another entity",
    files: {
      "_data/entities.yaml": "agencies:\n  - name: Europol\n  - name: FBI\n    former_slugs: [europol]\n",
      "articles/b.md": article("agencies: [FBI]"),
    },
    line: "_data/entities.yaml:3:5 former_slugs: former slug 'europol' of FBI is the slug of Europol: /agencies/europol/ is a page of the site — remove it from former_slugs",
    build: true,
  },
  {
    name: "missing lead image",
    files: { "articles/b.md": article("image: images/no.png\nimage_alt: x") },
    line: `articles/b.md:5:1 image: image images/no.png: images does not exist — ${IMAGE_FIX}`,
    build: true,
  },
  {
    name: "text file named .png",
    files: { "images/t.png": "hello\n", "articles/b.md": article("image: images/t.png\nimage_alt: x") },
    line: "articles/b.md:5:1 image: the image images/t.png is not a picture: newsdesk resizes JPEG, PNG, WebP, GIF, AVIF and TIFF",
    build: true,
  },
  {
    name: "folder named .png",
    files: { "images/d.png/x": "", "articles/b.md": article("image: images/d.png\nimage_alt: x") },
    line: "articles/b.md:5:1 image: image images/d.png: images/d.png is a folder, not a file",
    build: true,
  },
];

async function contentFolder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "newsdesk-claims-"));
  madeFolders.push(dir);
  const all: Record<string, string> = {
    "_data/site.yaml":
      "title: T\nurl: https://x.example\nlanguage: en-GB\ntimezone: UTC\ndescription: d\ncopyright: c\n",
    "_data/entities.yaml": "agencies:\n  - name: Europol\n",
    "articles/a.md": "---\ntitle: A\ndate: 2020-05-01\nagencies: [Europol]\nsummary: s\n---\nBody text.\n",
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    await mkdir(join(dir, "content", path, ".."), { recursive: true });
    await writeFile(join(dir, "content", path), text);
  }
  return dir;
}

describe("check refuses first what build refuses, at its file and line", () => {
  it.each(CASES)(
    "$name",
    async ({ files, line, build }) => {
      const dir = await contentFolder(files);
      const content = join(dir, "content");
      const checked = await runInProcess(["check", "--content", content]);
      expect(checked.thrown).toBeUndefined();
      expect(checked.code).toBe(1);
      expect(
        checked.stdout.split("\n").filter((l) => l.startsWith(line)),
        checked.stdout,
      ).toHaveLength(1);
      if (!build) return;
      const out = join(dir, "out");
      const built = await runCli([
        "build",
        "--content",
        content,
        "--out",
        out,
        "--now",
        "2026-01-01T12:00:00Z",
        "--quiet",
      ]);
      expect(built.code).toBe(1);
      expect(
        built.stderr.split("\n").some((l) => l.startsWith(line)),
        built.stderr,
      ).toBe(true);
      // Eleventy's own words and the staging folder's path never reach the editor.
      expect(built.stderr).not.toMatch(/Output conflict|permalink|Having trouble|newsdesk-\d+|build failed/);
      expect(await readdir(dir)).toEqual(["content"]);
    },
    30_000,
  );

  it("a picture from the content folder passes", async () => {
    const dir = await contentFolder({ "articles/b.md": article("image: images/h.png\nimage_alt: A harbour") });
    await mkdir(join(dir, "content/images"));
    await copyFile(join(fixture("images"), "images/harbour.png"), join(dir, "content/images/h.png"));
    const checked = await runInProcess(["check", "--content", join(dir, "content")]);
    expect([checked.code, checked.stdout.trim().split("\n").at(-1)]).toEqual([0, "2 articles checked."]);
  });
});
