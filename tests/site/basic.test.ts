import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, fixture } from "../helpers/cli.ts";
import { exists, internalLinks, listFiles, page } from "../helpers/site.ts";

let out: string;
beforeAll(async () => {
  out = await buildSite(fixture("basic"));
});

const PUBLISHED = [
  "/2019/03/march-first/",
  "/2019/03/fbi-and-ec3/",
  "/2020/01/amaq/",
  "/2020/06/topic-only/",
  "/2021/02/lonely/",
  "/2021/03/cafe-zuerich/",
];

describe("article pages", () => {
  it("writes one page per published article at /YYYY/MM/slug/", () => {
    const articleFiles = listFiles(out).filter((f) => /^\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(f));
    expect(articleFiles.map((f) => `/${f.replace("index.html", "")}`).sort()).toEqual([...PUBLISHED].sort());
  });

  it("reads a plain date as that day in the site's time zone (America/New_York)", () => {
    const $ = page(out, "/2019/03/march-first/");
    const time = $(".byline time").first();
    expect(time.text()).toBe("March 1, 2019");
    expect(time.attr("datetime")).toBe("2019-03-01T00:00:00-05:00");
  });

  it("shows title, summary, byline, published and updated dates", () => {
    const $ = page(out, "/2019/03/fbi-and-ec3/");
    expect($("h1").length).toBe(1);
    expect($("h1").text()).toBe("FBI and EC3 act together");
    expect($(".dek").text()).toBe("The FBI works with Europol's cybercrime centre.");
    expect($(".byline").text()).toContain("By Ada Reporter and Bo Writer");
    expect(
      $(".byline time")
        .map((_, el) => $(el).attr("datetime"))
        .get(),
    ).toEqual(["2019-03-15T10:00:00-04:00", "2019-03-20T00:00:00-04:00"]);
    expect($("title").text()).toBe("FBI and EC3 act together — Fixture Desk");
  });

  it("links entities grouped by taxonomy, resolved from aliases to canonical pages", () => {
    const $ = page(out, "/2019/03/fbi-and-ec3/");
    const groups = $(".entities dt")
      .map((_, el) => $(el).text())
      .get();
    expect(groups).toEqual(["Agencies", "Countries", "Topics"]);
    const links = $(".entities a")
      .map((_, el) => [[$(el).text(), $(el).attr("href")]])
      .get();
    expect(links).toEqual([
      ["Federal Bureau of Investigation", "/agencies/federal-bureau-of-investigation/"],
      ["European Cybercrime Centre", "/agencies/european-cybercrime-centre/"],
      ["United States", "/countries/united-states/"],
      ["United Kingdom", "/countries/united-kingdom/"],
      ["botnets", "/topics/botnets/"],
    ]);
  });

  it("ranks related articles by what they share and says what", () => {
    const $ = page(out, "/2020/06/topic-only/");
    const related = $(".related li a")
      .map((_, el) => $(el).attr("href"))
      .get();
    // Both share only botnets; it weighs more in march-first, which is filed under fewer other entities.
    expect(related).toEqual(["/2019/03/march-first/", "/2019/03/fbi-and-ec3/"]);
    expect($(".related li .why").first().text()).toBe("Shared: botnets · 15 months earlier");
  });

  it("never shows an empty related heading", () => {
    const $ = page(out, "/2021/02/lonely/");
    expect($(".related").length).toBe(0);
    expect($("h2").filter((_, el) => $(el).text() === "Related articles").length).toBe(0);
    for (const path of PUBLISHED) {
      const p = page(out, path);
      if (p(".related").length > 0) expect(p(".related li").length).toBeGreaterThan(0);
    }
  });

  it("links to the older and newer story", () => {
    const $ = page(out, "/2020/01/amaq/");
    expect($(".story-nav a[rel=prev]").attr("href")).toBe("/2019/03/fbi-and-ec3/");
    expect($(".story-nav a[rel=next]").attr("href")).toBe("/2020/06/topic-only/");
  });

  it("renders internal body links and heading anchors", () => {
    const $ = page(out, "/2019/03/march-first/");
    expect($(".story-body a").attr("href")).toBe("/2019/03/fbi-and-ec3/");
    expect($(".story-body h2").attr("id")).toBe("what-happened");
  });

  it("gives a file name with spaces and accents a clean slug", () => {
    expect(exists(out, "/2021/03/cafe-zuerich/")).toBe(true);
  });
});

describe("drafts and scheduled articles", () => {
  it("leaves them out of every page, feed and sitemap", () => {
    expect(exists(out, "/2021/03/draft/")).toBe(false);
    expect(exists(out, "/2099/01/future/")).toBe(false);
    expect(exists(out, "/2099/")).toBe(false);
    for (const f of listFiles(out).filter((f) => /\.(html|xml|json)$/.test(f))) {
      const text = readFileSync(join(out, f), "utf8");
      expect(text, f).not.toContain("Unfinished draft story");
      expect(text, f).not.toContain("Scheduled future story");
    }
  });

  it("includes them with --drafts and --future", async () => {
    const all = await buildSite(fixture("basic"), ["--drafts", "--future"]);
    expect(exists(all, "/2021/03/draft/")).toBe(true);
    expect(exists(all, "/2099/01/future/")).toBe(true);
  });
});

describe("home page", () => {
  it("leads with featured stories, then the latest, with summaries", () => {
    const $ = page(out, "/");
    const top = $(".top-stories .card-title a")
      .map((_, el) => $(el).attr("href"))
      .get();
    expect(top).toEqual([
      "/2019/03/march-first/",
      "/2021/03/cafe-zuerich/",
      "/2021/02/lonely/",
      "/2020/06/topic-only/",
      "/2020/01/amaq/",
    ]);
    expect($(".top-stories .summary").first().text()).toBe("A story dated the first of March in New York.");
    expect(
      $(".latest .card-title a")
        .map((_, el) => $(el).attr("href"))
        .get(),
    ).toEqual(["/2019/03/fbi-and-ec3/"]);
  });

  it("has a header with navigation to the taxonomy indexes and the archive, and a footer with © holder and newest year", () => {
    const $ = page(out, "/");
    expect(
      $(".site-nav a")
        .map((_, el) => $(el).attr("href"))
        .get(),
    ).toEqual(["/", "/agencies/", "/outlets/", "/countries/", "/topics/", "/2021/"]);
    expect($(".site-nav [aria-current='page']").text()).toBe("Latest");
    expect(page(out, "/agencies/federal-bureau-of-investigation/")(".site-nav .in-section").text()).toBe("Agencies");
    expect($(".site-footer").text()).toContain("© 2021 Fixture Desk Inc");
    expect($("html").attr("lang")).toBe("en-US");
  });
});

describe("topic pages", () => {
  it("writes a page per agency, outlet, country and topic at the canonical slug", () => {
    for (const path of [
      "/agencies/europol/",
      "/agencies/federal-bureau-of-investigation/",
      "/agencies/european-cybercrime-centre/",
      "/outlets/amaq/",
      "/countries/united-kingdom/",
      "/countries/united-states/",
      "/countries/netherlands/",
      "/countries/switzerland/",
      "/topics/botnets/",
      "/topics/ransomware/",
    ]) {
      expect(exists(out, path), path).toBe(true);
    }
    expect(exists(out, "/agencies/ec3/")).toBe(false);
    expect(exists(out, "/agencies/eu-internet-referral-unit/")).toBe(false);
  });

  it("shows name, registry description, count and articles newest first", () => {
    const $ = page(out, "/outlets/amaq/");
    expect($("h1").text()).toBe("Amaq");
    expect($(".topic-header .dek").text()).toBe("Islamic State's news agency.");
    expect($(".topic-header .meta").text()).toContain("1 article");
    const nl = page(out, "/countries/netherlands/");
    expect(nl(".topic-header .dek").text()).toBe("Home of Europol.");
  });

  it("paginates a term's articles at perPage, with rel prev/next", () => {
    const first = page(out, "/topics/botnets/");
    expect(
      first(".cards .card-title a")
        .map((_, el) => first(el).attr("href"))
        .get(),
    ).toEqual(["/2020/06/topic-only/", "/2019/03/fbi-and-ec3/"]);
    expect(first("link[rel=next]").attr("href")).toBe("/topics/botnets/page/2/");
    const second = page(out, "/topics/botnets/page/2/");
    expect(
      second(".cards .card-title a")
        .map((_, el) => second(el).attr("href"))
        .get(),
    ).toEqual(["/2019/03/march-first/"]);
    expect(second("link[rel=prev]").attr("href")).toBe("/topics/botnets/");
    expect(second("h1").text()).toBe("botnets, page 2");
    expect(exists(out, "/topics/botnets/page/3/")).toBe(false);
  });

  it("lists every term of a taxonomy by count, then name", () => {
    const $ = page(out, "/countries/");
    const rows = $(".term-index li")
      .map((_, el) => [[$(el).find("a").text(), $(el).find(".count").text()]])
      .get();
    expect(rows).toEqual([
      ["United Kingdom", "2"],
      ["United States", "2"],
      ["Netherlands", "1"],
      ["Switzerland", "1"],
    ]);
  });
});

describe("archives and machine files", () => {
  it("writes year and month archives", () => {
    const year = page(out, "/2019/");
    expect(year("h1").text()).toBe("2019");
    expect(
      year("h2 a")
        .map((_, el) => year(el).attr("href"))
        .get(),
    ).toEqual(["/2019/03/"]);
    const month = page(out, "/2019/03/");
    expect(month("h1").text()).toBe("March 2019");
    expect(
      month(".card-title a")
        .map((_, el) => month(el).attr("href"))
        .get(),
    ).toEqual(["/2019/03/fbi-and-ec3/", "/2019/03/march-first/"]);
  });

  it("writes every contract URL", () => {
    for (const path of [
      "/",
      "/agencies/",
      "/outlets/",
      "/countries/",
      "/topics/",
      "/search/",
      "/feed.xml",
      "/feed.json",
      "/agencies/europol/feed.xml",
      "/sitemap.xml",
      "/robots.txt",
      "/404.html",
      "/about/",
    ]) {
      expect(exists(out, path), path).toBe(true);
    }
  });

  it("resolves every internal link and asset to a built file", () => {
    const links = internalLinks(out);
    expect(links.length).toBeGreaterThan(100);
    const broken = links.filter((l) => !exists(out, l.to));
    expect(broken).toEqual([]);
  });
});
