import { load } from "cheerio";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, fixture } from "../helpers/cli.ts";
import { exists, listFiles } from "../helpers/site.ts";

const BASE = "https://news.example.org";
let out: string;
beforeAll(async () => {
  out = await buildSite(fixture("basic"), ["--base-url", BASE, "--path-prefix", "/news/"]);
});

describe("a build for a sub-path (--base-url and --path-prefix)", () => {
  it("has no link, asset or metadata URL outside /news/ on any page", () => {
    const pages = listFiles(out).filter((f) => f.endsWith(".html"));
    for (const file of pages) {
      const $ = load(readFileSync(join(out, file), "utf8"));
      const refs = $("[href], [src], [content^='http'], form[action]")
        .map((_, el) => $(el).attr("href") ?? $(el).attr("src") ?? $(el).attr("action") ?? $(el).attr("content") ?? "")
        .get();
      for (const ref of refs) {
        if (ref.startsWith("/")) expect(ref, `${file}: ${ref}`).toMatch(/^\/news\//);
        else if (ref.startsWith(BASE)) expect(ref, `${file}: ${ref}`).toMatch(/^https:\/\/news\.example\.org\/news\//);
      }
      $('script[type="application/ld+json"]').each((_, el) => {
        for (const url of $(el)
          .text()
          .match(/https?:\/\/[^"]+/g) ?? []) {
          if (url.startsWith(BASE)) expect(url, file).toMatch(/^https:\/\/news\.example\.org\/news\//);
        }
      });
    }
  });

  it("resolves every prefixed internal link to a built file", () => {
    const broken: string[] = [];
    for (const file of listFiles(out).filter((f) => f.endsWith(".html"))) {
      const $ = load(readFileSync(join(out, file), "utf8"));
      $("[href^='/news/'], [src^='/news/']").each((_, el) => {
        const ref = ($(el).attr("href") ?? $(el).attr("src"))!.slice("/news".length);
        if (!ref.startsWith("/pagefind/") && !exists(out, ref)) broken.push(`${file}: ${ref}`);
      });
    }
    expect(broken).toEqual([]);
    expect(exists(out, "/pagefind/pagefind-ui.js")).toBe(true);
  });

  it("puts the prefix in feeds, sitemaps, robots.txt and OPML", () => {
    for (const file of [
      "feed.xml",
      "feed.json",
      "sitemap.xml",
      "robots.txt",
      "feeds.opml",
      "agencies/europol/feed.xml",
    ]) {
      const text = readFileSync(join(out, file), "utf8");
      const urls = text.match(/https:\/\/news\.example\.org[^"<\s]*/g) ?? [];
      expect(urls.length, file).toBeGreaterThan(0);
      for (const url of urls) expect(url, file).toMatch(/^https:\/\/news\.example\.org\/news\//);
    }
  });
});
