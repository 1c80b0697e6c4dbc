import { XMLParser, XMLValidator } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sitemapFiles } from "../../src/seo/sitemap.ts";
import { Urls } from "../../src/model/urls.ts";
import { buildSite, fixture } from "../helpers/cli.ts";
import { listFiles, page } from "../helpers/site.ts";

// What the tests read of the parsed documents (fast-xml-parser: attributes as "@name", an element with attributes
// keeps its text in "#text"); each document has one of the roots.
interface Text {
  "#text": string;
}
interface AtomEntry {
  id: string;
  title: Text;
  published: string;
  updated: string;
  author: { name: string }[];
  category: { "@term": string }[];
  summary: Text;
  content?: Text;
}
interface Outline {
  "@text": string;
  "@xmlUrl"?: string;
  outline?: Outline[];
}
interface SitemapUrl {
  loc: string;
  lastmod?: string;
  "news:news"?: { "news:publication": unknown; "news:title": string };
}
interface XmlDocument {
  feed: { title: string; link: { "@href": string }[]; entry: AtomEntry[] };
  opml: { body: { outline: Outline[] } };
  urlset: { url: SitemapUrl[] };
  sitemapindex: { sitemap: { loc: string }[] };
}
interface JsonFeed {
  version: string;
  title: string;
  feed_url: string;
  items: { id: string; url: string; content_html: unknown; date_published: string }[];
}
interface JsonLd {
  "@type": string;
  headline?: string;
  mainEntityOfPage?: { "@id": string };
  publisher?: { logo: { url: string } };
  itemListElement?: unknown[];
  about?: { name: string; url: string }[];
  mentions?: { name: string }[];
  datePublished?: string;
  dateModified?: string;
  author?: unknown;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["entry", "url", "outline", "category", "author", "sitemap"].includes(name),
});
let out: string;
let hostile: string;
const read = (root: string, file: string) => readFileSync(join(root, file), "utf8");
const xml = (root: string, file: string) => {
  const text = read(root, file);
  expect(XMLValidator.validate(text), file).toBe(true);
  return parser.parse(text) as XmlDocument;
};

beforeAll(async () => {
  [out, hostile] = await Promise.all([
    buildSite(fixture("basic"), ["--now", "2021-03-03T12:00:00Z"]),
    buildSite(fixture("hostile")),
  ]);
});

const NEWEST_FIRST = [
  "/2021/03/cafe-zuerich/",
  "/2021/02/lonely/",
  "/2020/06/topic-only/",
  "/2020/01/amaq/",
  "/2019/03/fbi-and-ec3/",
  "/2019/03/march-first/",
];

describe("Atom feeds", () => {
  it("lists the published articles newest first with absolute links, dates, authors, categories and full content", () => {
    const feed = xml(out, "feed.xml").feed;
    expect(feed.title).toBe("Fixture Desk");
    expect(feed.link.map((l) => l["@href"])).toEqual(["https://fixture.example/feed.xml", "https://fixture.example/"]);
    const entries = feed.entry;
    expect(entries.map((e) => e.id)).toEqual(NEWEST_FIRST.map((p) => `https://fixture.example${p}`));
    const fbi = entries.find((e) => e.id.endsWith("/fbi-and-ec3/"))!;
    expect(fbi.published).toBe("2019-03-15T14:00:00Z");
    expect(fbi.updated).toBe("2019-03-20T04:00:00Z");
    expect(fbi.author.map((a) => a.name)).toEqual(["Ada Reporter", "Bo Writer"]);
    expect(fbi.category.map((c) => c["@term"])).toEqual([
      "Federal Bureau of Investigation",
      "European Cybercrime Centre",
      "United States",
      "United Kingdom",
      "botnets",
    ]);
    expect(fbi.summary["#text"]).toBe("The FBI works with Europol's cybercrime centre.");
    const first = entries.find((e) => e.id.endsWith("/march-first/"))!;
    expect(first.content!["#text"]).toContain('<a href="https://fixture.example/2019/03/fbi-and-ec3/">');
  });

  it("has a feed per topic page, linked from the page", () => {
    const feed = xml(out, "topics/botnets/feed.xml").feed;
    expect(feed.entry.map((e) => e.id)).toEqual([
      "https://fixture.example/2020/06/topic-only/",
      "https://fixture.example/2019/03/fbi-and-ec3/",
      "https://fixture.example/2019/03/march-first/",
    ]);
    const $ = page(out, "/topics/botnets/");
    expect(
      $('link[rel=alternate][type="application/atom+xml"]')
        .map((_, el) => $(el).attr("href"))
        .get(),
    ).toContain("/topics/botnets/feed.xml");
    for (const kind of ["agencies/europol", "outlets/amaq", "countries/united-kingdom"])
      expect(xml(out, `${kind}/feed.xml`).feed.entry.length).toBeGreaterThan(0);
    // Topic feeds carry summaries and links; the main feed carries whole articles.
    expect(feed.entry[0]!.summary["#text"]).toBe("What botnets are.");
    expect(feed.entry[0]!.content).toBeUndefined();
  });

  it("keeps hostile titles as text a feed reader reads back exactly", () => {
    const feed = xml(hostile, "feed.xml").feed;
    expect(feed.entry.map((e) => e.title["#text"])).toContain(`</title><script>alert('title')</script> & "quoted"`);
  });

  it("lists every topic feed in an OPML file, grouped by taxonomy", () => {
    const opml = xml(out, "feeds.opml").opml;
    const groups = opml.body.outline;
    expect(groups.map((g) => g["@text"])).toEqual(["Agencies", "Outlets", "Countries", "Topics"]);
    const agencies = groups[0]!.outline!.map((o) => o["@xmlUrl"]);
    expect(agencies).toContain("https://fixture.example/agencies/europol/feed.xml");
    const total = groups.reduce((n, g) => n + (g.outline?.length ?? 0), 0);
    expect(total).toBe(
      listFiles(out).filter((f) => /^(agencies|outlets|countries|topics)\/[^/]+\/feed\.xml$/.test(f)).length,
    );
  });
});

describe("JSON Feed", () => {
  it("has the required fields of JSON Feed 1.1", () => {
    const feed = JSON.parse(read(out, "feed.json")) as JsonFeed;
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBe("Fixture Desk");
    expect(feed.feed_url).toBe("https://fixture.example/feed.json");
    expect(feed.items.map((i) => i.id)).toEqual(NEWEST_FIRST.map((p) => `https://fixture.example${p}`));
    for (const item of feed.items) {
      expect(typeof item.content_html).toBe("string");
      expect(item.url).toBe(item.id);
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    }
  });
});

describe("sitemaps and robots.txt", () => {
  it("lists exactly the built pages, with lastmod", () => {
    const urls = xml(out, "sitemap.xml").urlset.url;
    const listed = urls.map((u) => u.loc.replace("https://fixture.example", "")).sort();
    const pages = listFiles(out)
      .filter((f) => f.endsWith("index.html") && f !== "search/index.html")
      .map((f) => `/${f.replace(/index\.html$/, "")}`)
      .sort();
    expect(listed).toEqual(pages);
    const article = urls.find((u) => u.loc.endsWith("/fbi-and-ec3/"))!;
    expect(article.lastmod).toBe("2019-03-20T00:00:00-04:00");
    expect(urls.find((u) => u.loc === "https://fixture.example/")!.lastmod).toBe("2021-03-02T00:00:00-05:00");
  });

  it("splits into a sitemap index past the limit", () => {
    const files = sitemapFiles(
      [{ path: "/a/" }, { path: "/b/" }, { path: "/c/" }],
      new Urls("https://x.example", "/"),
      2,
    );
    expect(files.map((f) => f.path)).toEqual(["/sitemap.xml", "/sitemap-1.xml", "/sitemap-2.xml"]);
    const index = (parser.parse(files[0]!.content) as XmlDocument).sitemapindex.sitemap.map((s) => s.loc);
    expect(index).toEqual(["https://x.example/sitemap-1.xml", "https://x.example/sitemap-2.xml"]);
    expect((parser.parse(files[2]!.content) as XmlDocument).urlset.url.map((u) => u.loc)).toEqual([
      "https://x.example/c/",
    ]);
  });

  it("lists only the last two days' articles in the news sitemap", () => {
    const news = xml(out, "news-sitemap.xml").urlset.url;
    expect(news.map((u) => u.loc)).toEqual(["https://fixture.example/2021/03/cafe-zuerich/"]);
    expect(news[0]!["news:news"]!["news:publication"]).toEqual({ "news:name": "Fixture Desk", "news:language": "en" });
    expect(news[0]!["news:news"]!["news:title"]).toBe("Café in Zürich hit by ransomware");
  });

  it("names both sitemaps in robots.txt", () => {
    expect(read(out, "robots.txt")).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: https://fixture.example/sitemap.xml\nSitemap: https://fixture.example/news-sitemap.xml\n",
    );
  });
});

describe("page metadata", () => {
  it("gives every page a title, description, canonical URL, Open Graph and Twitter tags and the site language", () => {
    for (const file of listFiles(out).filter((f) => f.endsWith(".html"))) {
      const $ = page(out, `/${file}`);
      expect($("html").attr("lang"), file).toBe("en-US");
      expect($("title").text(), file).toMatch(/(^Fixture Desk$)|( — Fixture Desk$)/);
      expect($('meta[name="description"]').attr("content")?.length, file).toBeGreaterThan(0);
      expect($('link[rel="canonical"]').attr("href"), file).toMatch(/^https:\/\/fixture\.example\//);
      expect($('meta[property="og:url"]').attr("content"), file).toBe($('link[rel="canonical"]').attr("href"));
      expect($('meta[property="og:title"]').attr("content"), file).toBeTruthy();
      expect($('meta[name="twitter:card"]').attr("content"), file).toBe("summary");
    }
  });

  it("puts NewsArticle and BreadcrumbList JSON-LD on every article page", () => {
    const articles = listFiles(out).filter((f) => /^\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(f));
    expect(articles.length).toBe(6);
    for (const file of articles) {
      const $ = page(out, `/${file}`);
      const blocks = $('script[type="application/ld+json"]')
        .map((_, el) => JSON.parse($(el).text()) as JsonLd)
        .get();
      const article = blocks.find((b) => b["@type"] === "NewsArticle")!;
      expect(article.headline, file).toBe($("h1").text());
      expect(article.mainEntityOfPage!["@id"], file).toBe($('link[rel="canonical"]').attr("href"));
      expect(article.publisher!.logo.url, file).toMatch(
        /^https:\/\/fixture\.example\/assets\/logo\.[0-9a-f]{10}\.svg$/,
      );
      expect(blocks.find((b) => b["@type"] === "BreadcrumbList")!.itemListElement!.length, file).toBe(4);
    }
    const fbi = page(out, "/2019/03/fbi-and-ec3/");
    const data = JSON.parse(fbi('script[type="application/ld+json"]').first().text()) as JsonLd;
    expect(data.about!.map((a) => [a.name, a.url])).toEqual([
      ["Federal Bureau of Investigation", "https://fixture.example/agencies/federal-bureau-of-investigation/"],
      ["European Cybercrime Centre", "https://fixture.example/agencies/european-cybercrime-centre/"],
    ]);
    expect(data.mentions!.map((a) => a.name)).toEqual(["United States", "United Kingdom", "botnets"]);
    expect([data.datePublished, data.dateModified]).toEqual(["2019-03-15T10:00:00-04:00", "2019-03-20T00:00:00-04:00"]);
    expect(data.author).toEqual([
      { "@type": "Person", name: "Ada Reporter" },
      { "@type": "Person", name: "Bo Writer" },
    ]);
  });

  it("serialises JSON-LD so a hostile title cannot close the script element", () => {
    const raw = read(hostile, "2020/05/script-title/index.html");
    const block = raw.slice(
      raw.indexOf('<script type="application/ld+json">'),
      raw.indexOf("</script>", raw.indexOf('<script type="application/ld+json">')),
    );
    expect(block).not.toContain("</title>");
    expect(block).toContain("\\u003c/title\\u003e");
  });
});
