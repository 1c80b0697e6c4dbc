import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, fixture } from "../helpers/cli.ts";
import { listFiles, page } from "../helpers/site.ts";

const TITLE = `</title><script>alert('title')</script> & "quoted"`;
let out: string;
beforeAll(async () => {
  out = await buildSite(fixture("hostile"));
});

describe("hostile front-matter and bodies", () => {
  it("never lets a script from content into any page, feed or sitemap", () => {
    const files = listFiles(out).filter((f) => /\.(html|xml)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    const feed = JSON.parse(readFileSync(join(out, "feed.json"), "utf8")) as { items: { content_html: string }[] };
    for (const item of feed.items) expect(item.content_html).not.toMatch(/<script|<img src=x/);
    for (const f of files) {
      const text = readFileSync(join(out, f), "utf8");
      expect(text, f).not.toMatch(/<script>alert/);
      expect(text, f).not.toMatch(/<img src=x/);
      expect(text, f).not.toMatch(/<b>bold/);
    }
  });

  it("shows the title as text in <title>, <h1>, og:title and related lists", () => {
    const $ = page(out, "/2020/05/script-title/");
    expect($("title").text()).toBe(`${TITLE} — Fixture Desk`);
    expect($("h1").text()).toBe(TITLE);
    expect($('meta[property="og:title"]').attr("content")).toBe(TITLE);
    expect($(".byline").text()).toContain("By <script>alert('author')</script>");
    const sibling = page(out, "/2020/05/sibling/");
    expect(sibling(".related a").first().text()).toBe(TITLE);
  });

  it("shows raw HTML and template syntax in bodies as text, and drops script links", () => {
    const $ = page(out, "/2020/05/script-title/");
    const body = $(".story-body");
    expect(body.find("script").length).toBe(0);
    expect(body.text()).toMatch(/<script>alert\(.body.\)<\/script>/);
    expect(body.text()).toContain("{{ 7*7 }}");
    expect(body.text()).toContain("{% raw %}");
    expect(body.find("a").length).toBe(0);
    expect($("a[href^='javascript:'], a[href^='vbscript:']").length).toBe(0);
  });

  it("gives a topic made of markup a plain page and name", () => {
    const $ = page(out, "/topics/b-bold-b-topic/");
    expect($("h1").text()).toBe("<b>bold</b> topic");
  });

  it("escapes titles in the Atom feed so a parser reads them back exactly", () => {
    const atom = readFileSync(join(out, "feed.xml"), "utf8");
    expect(atom).toContain(
      '<title type="text">&lt;/title&gt;&lt;script&gt;alert(&apos;title&apos;)&lt;/script&gt; &amp; &quot;quoted&quot;</title>',
    );
    const feed = JSON.parse(readFileSync(join(out, "feed.json"), "utf8")) as { items: { title: string }[] };
    expect(feed.items.map((i) => i.title)).toContain(TITLE);
  });
});
