import { describe, expect, it } from "vitest";
import { pageReferences } from "../../../src/verify/links.ts";
import { verifySite } from "../../../src/verify/verify-site.ts";

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
const sitemap = (paths: string[]) => `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>https://x.example${p}</loc></url>`).join("")}</urlset>`;

function site(files: Record<string, string>) {
  return { files: new Set(Object.keys(files)), read: (f: string) => files[f]! };
}

const GOOD: Record<string, string> = {
  "index.html": page('<a href="/a/">a</a><img src="/img/x.png" srcset="/img/x.png 1x, /img/x2.png 2x" alt="x">'),
  "a/index.html": page('<a href="../">home</a><a href="#top">top</a><a href="https://elsewhere.example/">out</a><svg><use href="/assets/world.svg#fr"></use></svg>'),
  "agencies/index.html": page(""), "outlets/index.html": page(""), "countries/index.html": page(""), "topics/index.html": page(""),
  "search/index.html": page(""), "404.html": page(""),
  "feed.xml": "", "feed.json": "", "robots.txt": "", "news-sitemap.xml": "", "feeds.opml": "",
  "img/x.png": "", "img/x2.png": "", "assets/world.svg": "",
  "sitemap.xml": sitemap(["/", "/a/", "/agencies/", "/outlets/", "/countries/", "/topics/"]),
};

describe("verifySite", () => {
  it("passes a complete site", () => {
    expect(verifySite(site(GOOD))).toEqual([]);
  });

  it("finds missing contract files, broken links and assets, sitemap mismatches and leaked drafts", () => {
    const broken = { ...GOOD };
    delete broken["feed.json"];
    delete broken["img/x2.png"];
    broken["b/index.html"] = page('<p class="preview-banner" role="status">DRAFT — not published</p><a href="/missing/">x</a>');
    expect(verifySite(site(broken)).map((p) => [p.check, p.file, p.message])).toEqual([
      ["contract", "feed.json", "/feed.json is missing"],
      ["link", "index.html", "links to /img/x2.png, which does not exist"],
      ["link", "b/index.html", "links to /missing/, which does not exist"],
      ["leak", "b/index.html", "carries a draft or scheduled marker: preview output reached a published build"],
      ["sitemap", "sitemap.xml", "does not list b/index.html"],
    ]);
  });

  it("reads references under a path prefix and flags links that leave it", () => {
    expect(pageReferences("a/index.html", page('<a href="/news/b/">b</a><a href="/other/">o</a><a href="c/">c</a>'), "/news/")).toEqual([
      { from: "a/index.html", to: "/b/" },
      { from: "a/index.html", to: "OUTSIDE /other/" },
      { from: "a/index.html", to: "/a/c/" },
    ]);
  });
});

describe("verifySite redirects", () => {
  it("fails when an old address is claimed twice or is also a page", () => {
    const files = { ...GOOD, "_redirects": "# comment\n/news/old/ /news/a/ 301\n/news/old/ /news/b/ 301\n/news/a/ /news/ 301\n" };
    const prefixed = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.replaceAll('href="/', 'href="/news/').replaceAll('src="/', 'src="/news/').replaceAll("x.png 1x, /img", "x.png 1x, /news/img").replaceAll("https://x.example/", "https://x.example/news/")]));
    const problems = verifySite(site(prefixed), "/news/").filter((p) => p.check === "redirect");
    expect(problems.map((p) => p.message)).toEqual([
      "/news/old/ is claimed twice (to /news/a/ and to /news/b/)",
      "/news/a/ redirects to /news/, but it is also a page of the site",
    ]);
  });
});
