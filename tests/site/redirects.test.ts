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
    const content = await contentWith((t) => t.replace("  - name: Amaq\n", "  - name: Amaq\n    former_slugs: [amaq-news-agency]\n"));
    const out = join(await tempDir(), "site");
    expect((await runCli(["build", "--content", content, "--out", out, "--path-prefix", "/news/", "--base-url", "https://x.example"])).code).toBe(0);
    const $ = page(out, "/outlets/amaq-news-agency/");
    expect($('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=/news/outlets/amaq/");
    expect($('link[rel="canonical"]').attr("href")).toBe("https://x.example/news/outlets/amaq/");
    expect($("a").attr("href")).toBe("/news/outlets/amaq/");
    const redirects = readFileSync(join(out, "_redirects"), "utf8").split("\n");
    expect(redirects).toContain("/news/outlets/amaq-news-agency/ /news/outlets/amaq/ 301");
    expect(redirects).toContain("/news/outlets/amaq-news-agency/feed.xml /news/outlets/amaq/feed.xml 301");
    expect(readFileSync(join(out, "_headers"), "utf8")).toContain("/news/assets/*\n  Cache-Control: public, max-age=31536000, immutable");
    const verified = await runCli(["verify", "--out", out]);
    expect(verified.stdout).toContain("no problems");
    expect(readFileSync(join(out, "sitemap.xml"), "utf8")).not.toContain("amaq-news-agency");
  });

  it("fail the build when a former slug is a page that exists", async () => {
    const content = await contentWith((t) => t.replace("  - name: Europol\n", "  - name: Europol\n    former_slugs: [federal-bureau-of-investigation]\n"));
    const result = await runCli(["build", "--content", content, "--out", join(await tempDir(), "site")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("/agencies/federal-bureau-of-investigation/ is a page of the site and cannot also redirect to /agencies/europol/");
  });
});
