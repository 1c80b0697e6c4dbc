import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runCli, tempDir } from "../helpers/cli.ts";
import { page } from "../helpers/site.ts";

async function contentWith(entities: (text: string) => string): Promise<string> {
  const dir = join(await tempDir(), "content");
  cpSync(fixture("basic"), dir, { recursive: true });
  const file = join(dir, "_data/entities.yaml");
  writeFileSync(file, entities(readFileSync(file, "utf8")));
  return dir;
}

describe("renamed topics (former_slugs)", () => {
  it("keep their old topic URL and feed as redirects, in pages and in _redirects", async () => {
    const content = await contentWith((t) =>
      t.replace("  - name: Amaq\n", "  - name: Amaq\n    former_slugs: [amaq-news-agency]\n"),
    );
    const out = join(await tempDir(), "site");
    expect(
      (
        await runCli([
          "build",
          "--content",
          content,
          "--out",
          out,
          "--path-prefix",
          "/news/",
          "--base-url",
          "https://x.example",
        ])
      ).code,
    ).toBe(0);
    const $ = page(out, "/outlets/amaq-news-agency/");
    expect($('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=/news/outlets/amaq/");
    expect($('link[rel="canonical"]').attr("href")).toBe("https://x.example/news/outlets/amaq/");
    expect($("a").attr("href")).toBe("/news/outlets/amaq/");
    const redirects = readFileSync(join(out, "_redirects"), "utf8").split("\n");
    expect(redirects).toContain("/news/outlets/amaq-news-agency/ /news/outlets/amaq/ 301");
    expect(redirects).toContain("/news/outlets/amaq-news-agency/feed.xml /news/outlets/amaq/feed.xml 301");
    expect(readFileSync(join(out, "_headers"), "utf8")).toContain(
      "/news/assets/*\n  Cache-Control: public, max-age=31536000, immutable",
    );
    const verified = await runCli(["verify", "--out", out]);
    expect(verified.stdout).toContain("no problems");
    expect(readFileSync(join(out, "sitemap.xml"), "utf8")).not.toContain("amaq-news-agency");
  });

  it("fail the build when a former slug is a page that exists", async () => {
    const content = await contentWith((t) =>
      t.replace("  - name: Europol\n", "  - name: Europol\n    former_slugs: [federal-bureau-of-investigation]\n"),
    );
    const result = await runCli(["build", "--content", content, "--out", join(await tempDir(), "site")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "_data/entities.yaml:2:5 former_slugs: former slug 'federal-bureau-of-investigation' of Europol is the slug of Federal Bureau of Investigation: /agencies/federal-bureau-of-investigation/ is a page of the site — remove it from former_slugs",
    );
  });
});

describe("article aliases", () => {
  async function withArticle(name: string, text: string): Promise<string> {
    const dir = join(await tempDir(), "content");
    cpSync(fixture("basic"), dir, { recursive: true });
    writeFileSync(join(dir, "articles", name), text);
    return dir;
  }

  it("redirect old permalinks to the article, as pages and _redirects lines", async () => {
    const content = await withArticle(
      "2020/moved.md",
      "---\ntitle: Moved story\ndate: 2020-09-01\nsummary: s\naliases:\n  - /2020/09/01/moved-story/\n  - /old-blog/moved.html\n  - /old-blog/bare\n---\nBody.\n",
    );
    const out = join(await tempDir(), "site");
    expect((await runCli(["build", "--content", content, "--out", out])).code).toBe(0);
    expect(page(out, "/2020/09/01/moved-story/")('meta[http-equiv="refresh"]').attr("content")).toBe(
      "0; url=/2020/09/moved/",
    );
    expect(page(out, "/old-blog/moved.html")('meta[http-equiv="refresh"]').attr("content")).toBe(
      "0; url=/2020/09/moved/",
    );
    expect(page(out, "/old-blog/bare/")('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=/2020/09/moved/");
    const lines = readFileSync(join(out, "_redirects"), "utf8").split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        "/2020/09/01/moved-story/ /2020/09/moved/ 301",
        "/old-blog/moved.html /2020/09/moved/ 301",
        "/old-blog/bare /2020/09/moved/ 301",
      ]),
    );
    expect((await runCli(["verify", "--out", out])).code).toBe(0);
  });

  it("refuse an alias that is another article's address or that two articles claim, naming file and line", async () => {
    const content = await withArticle(
      "2020/greedy.md",
      "---\ntitle: Greedy\ndate: 2020-09-02\nsummary: s\naliases: [/2020/01/amaq/, /shared/]\n---\nBody.\n",
    );
    writeFileSync(
      join(content, "articles/2020/also.md"),
      "---\ntitle: Also\ndate: 2020-09-03\nsummary: s\naliases:\n  - /shared/\n---\nBody.\n",
    );
    const result = await runCli(["check", "--content", content]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "articles/2020/greedy.md:5:11 aliases: /2020/01/amaq/ is the address of articles/2020/amaq.md",
    );
    expect(result.stdout).toContain(
      "articles/2020/greedy.md:5:27 aliases: /shared/ is also an alias of articles/2020/also.md",
    );
  });

  it("refuse an alias that is not a path on the site", async () => {
    const content = await withArticle(
      "2020/bad-alias.md",
      "---\ntitle: Bad alias\ndate: 2020-09-04\nsummary: s\naliases: [https://old.example/x, /../etc/passwd]\n---\nBody.\n",
    );
    const result = await runCli(["check", "--content", content]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("articles/2020/bad-alias.md:5:11 aliases: an alias is a path on this site");
    expect(result.stdout).toContain("articles/2020/bad-alias.md:5:34 aliases: an alias may not contain ..");
  });
});
