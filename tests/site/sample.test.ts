import { readFileSync } from "node:fs";
import { join } from "node:path";
import Parser from "rss-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, buildSite } from "../helpers/cli.ts";
import { exists, listFiles } from "../helpers/site.ts";

let out: string;
beforeAll(async () => {
  out = await buildSite(`${ROOT}content`);
});

describe("the sample archive", () => {
  it("has every contract URL", () => {
    for (const path of [
      "/",
      "/page/2/",
      "/agencies/",
      "/outlets/",
      "/countries/",
      "/topics/",
      "/agencies/eu-internet-referral-unit/",
      "/agencies/europol/page/2/",
      "/outlets/amaq/",
      "/countries/united-kingdom/",
      "/topics/ransomware/",
      "/2018/",
      "/2018/04/",
      "/2018/04/islamic-state-propaganda-outlets-taken-down/",
      "/search/",
      "/about/",
      "/feed.xml",
      "/feed.json",
      "/agencies/europol/feed.xml",
      "/feeds.opml",
      "/sitemap.xml",
      "/news-sitemap.xml",
      "/robots.txt",
      "/404.html",
    ]) {
      expect(exists(out, path), path).toBe(true);
    }
    expect(exists(out, "/2025/02/lockbit-one-year-after-operation-cronos/")).toBe(false);
  });

  it("has feeds a feed reader's parser reads without errors", async () => {
    const parser = new Parser();
    const main = await parser.parseString(readFileSync(join(out, "feed.xml"), "utf8"));
    expect(main.title).toBe("The Security Desk");
    expect(main.items.length).toBe(49);
    expect(main.items[0]?.link).toMatch(/^https:\/\/securitydesk\.example\/\d{4}\/\d{2}\/[a-z0-9-]+\/$/);
    const topicFeeds = listFiles(out).filter((f) => f.endsWith("/feed.xml"));
    expect(topicFeeds.length).toBeGreaterThan(60);
    for (const file of topicFeeds) {
      const feed = await parser.parseString(readFileSync(join(out, file), "utf8"));
      expect(feed.items.length, file).toBeGreaterThan(0);
      for (const item of feed.items) expect(item.title, file).toBeTruthy();
    }
    const json = JSON.parse(readFileSync(join(out, "feed.json"), "utf8")) as { items: unknown[] };
    expect(json.items.length).toBe(49);
  });
});
