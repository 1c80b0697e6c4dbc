import { describe, expect, it } from "vitest";
import { pageReferences } from "../../../src/verify/links.ts";
import { verifySite } from "../../../src/verify/verify-site.ts";
import { META_CONTENT_SECURITY_POLICY, headersFile } from "../../../src/seo/headers.ts";

const page = (body: string) =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}"><title>t</title><link rel="canonical" href="https://x.example/"></head><body>${body}</body></html>`;
const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>https://x.example/feed.xml</id><updated>2020-01-01T00:00:00Z</updated><link rel="self" href="https://x.example/feed.xml"/></feed>`;
const sitemap = (paths: string[]) =>
  `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>https://x.example${p}</loc></url>`).join("")}</urlset>`;

function site(files: Record<string, string>) {
  return { files: new Set(Object.keys(files)), read: (f: string) => files[f]! };
}

const GOOD: Record<string, string> = {
  "index.html": page('<a href="/a/">a</a><img src="/img/x.png" srcset="/img/x.png 1x, /img/x2.png 2x" alt="x">'),
  "a/index.html": page(
    '<a href="../">home</a><a href="#top">top</a><a href="https://elsewhere.example/">out</a><svg><use href="/assets/world.svg#fr"></use></svg>',
  ),
  "agencies/index.html": page(""),
  "outlets/index.html": page(""),
  "countries/index.html": page(""),
  "topics/index.html": page(""),
  "search/index.html": page(""),
  "404.html": page(""),
  "feed.xml": atom,
  "feed.json": JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "t", items: [] }),
  "robots.txt": "",
  "news-sitemap.xml": "",
  "feeds.opml": `<?xml version="1.0"?><opml version="2.0"><head/><body/></opml>`,
  _headers: headersFile("/"),
  "img/x.png": "",
  "img/x2.png": "",
  "assets/world.svg": "",
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
    broken["b/index.html"] = page(
      '<p class="preview-banner" role="status">DRAFT — not published</p><a href="/missing/">x</a>',
    );
    expect(verifySite(site(broken)).map((p) => [p.check, p.file, p.message])).toEqual([
      ["contract", "feed.json", "/feed.json is missing"],
      ["link", "index.html", "links to /img/x2.png, which does not exist"],
      ["link", "b/index.html", "links to /missing/, which does not exist"],
      ["leak", "b/index.html", "carries a draft or scheduled marker: preview output reached a published build"],
      ["sitemap", "sitemap.xml", "does not list b/index.html"],
    ]);
  });

  it("reads references under a path prefix and flags links that leave it", () => {
    expect(
      pageReferences(
        "a/index.html",
        page('<a href="/news/b/">b</a><a href="/other/">o</a><a href="c/">c</a>'),
        "/news/",
      ),
    ).toEqual([
      { from: "a/index.html", to: "/b/" },
      { from: "a/index.html", to: "OUTSIDE /other/" },
      { from: "a/index.html", to: "/a/c/" },
    ]);
  });
});

describe("verifySite redirects", () => {
  it("fails when an old address is claimed twice or is also a page", () => {
    const files = {
      ...GOOD,
      _redirects: "# comment\n/news/old/ /news/a/ 301\n/news/old/ /news/b/ 301\n/news/a/ /news/ 301\n",
    };
    const prefixed = Object.fromEntries(
      Object.entries(files).map(([k, v]) => [
        k,
        v
          .replaceAll('href="/', 'href="/news/')
          .replaceAll('src="/', 'src="/news/')
          .replaceAll("x.png 1x, /img", "x.png 1x, /news/img")
          .replaceAll("https://x.example/", "https://x.example/news/"),
      ]),
    );
    const problems = verifySite(site(prefixed), "/news/").filter((p) => p.check === "redirect");
    expect(problems.map((p) => p.message)).toEqual([
      "/news/old/ is claimed twice (to /news/a/ and to /news/b/)",
      "/news/a/ redirects to /news/, but it is also a page of the site",
    ]);
  });
});

describe("verifySite safety promises", () => {
  const problems = (files: Record<string, string>) =>
    verifySite(site({ ...GOOD, ...files })).map(
      (p) => `${p.file}: ${p.check}: ${p.message.replace(/; (newsdesk never|rebuild|a redirect leads).*$/, "")}`,
    );

  it("finds inline scripts and event handlers, and lets JSON-LD data blocks be", () => {
    expect(
      problems({
        "a/index.html": page(
          '<script type="application/ld+json">{"@type":"NewsArticle"}</script>\n<script>alert(1)</script>\n<img src="/img/x.png" alt="" onerror="alert(2)">',
        ),
      }),
    ).toEqual([
      "a/index.html:2: script: has an inline <script>, which the Content-Security-Policy blocks",
      "a/index.html:3: script: has an event-handler attribute onerror= on <img>",
    ]);
  });

  it("finds javascript:, vbscript: and data: URLs however they are spelled, and allows http(s), mailto, tel and data: images", () => {
    expect(
      problems({
        "a/index.html": page(
          [
            '<a href="javascript:alert(1)">a</a>',
            '<a href="JaVaScRiPt:alert(1)">b</a>',
            '<a href="java&#9;script:alert(1)">c</a>',
            '<form action="javascript:alert(1)"><button formaction="vbscript:msgbox">d</button></form>',
            '<img alt="" src="/img/x.png" srcset="/img/x.png 1x, javascript:alert(1) 2x">',
            '<a href="data:text/html,x">e</a>',
            '<a href="mailto:desk@x.example">f</a><a href="tel:+441234">g</a><a href="https://elsewhere.example/">h</a>',
            '<img alt="" src="data:image/png;base64,iVBORw0KGgo=">',
          ].join("\n"),
        ),
      }),
    ).toEqual([
      "a/index.html:1: url: <a href> is a javascript: URL (only http(s), mailto, tel and relative URLs are allowed)",
      "a/index.html:2: url: <a href> is a javascript: URL (only http(s), mailto, tel and relative URLs are allowed)",
      "a/index.html:3: url: <a href> is a javascript: URL (only http(s), mailto, tel and relative URLs are allowed)",
      "a/index.html:4: url: <form action> is a javascript: URL (only http(s), mailto, tel and relative URLs are allowed)",
      "a/index.html:4: url: <button formaction> is a vbscript: URL (only http(s), mailto, tel and relative URLs are allowed)",
      "a/index.html:5: url: <img srcset> is a javascript: URL (only http(s), mailto, tel and relative URLs are allowed)",
      "a/index.html:6: url: <a href> is a data: URL (only http(s), mailto, tel and relative URLs are allowed)",
    ]);
  });

  it("requires newsdesk's Content-Security-Policy in _headers and, before any script or stylesheet, in every page", () => {
    const head = (meta: string, before = "") =>
      `<!doctype html><html><head>${before}${meta}<title>t</title></head><body></body></html>`;
    expect(
      problems({
        _headers: headersFile("/").replace("frame-ancestors 'none'", "frame-ancestors *"),
        "a/index.html": head(""),
        "agencies/index.html": head(`<meta http-equiv="Content-Security-Policy" content="default-src *">`),
        "outlets/index.html": head(
          `\n<meta http-equiv="content-security-policy" content="${META_CONTENT_SECURITY_POLICY}">`,
          '<script src="/assets/x.js"></script>',
        ),
        "assets/x.js": "",
      }),
    ).toEqual([
      `a/index.html: csp: has no <meta http-equiv="Content-Security-Policy">`,
      `agencies/index.html:1: csp: its Content-Security-Policy <meta> is not newsdesk's policy (${META_CONTENT_SECURITY_POLICY})`,
      "outlets/index.html:1: csp: <script> comes before the Content-Security-Policy <meta>, which governs only what follows it",
      `_headers: csp: its Content-Security-Policy is not newsdesk's (${headersFile("/").match(/Content-Security-Policy: (.*)/)![1]})`,
    ]);
    const { _headers, ...withoutHeaders } = GOOD;
    expect(verifySite(site(withoutHeaders)).map((p) => p.message)).toEqual([
      "is missing, so hosts that read it send no Content-Security-Policy; rebuild the site with newsdesk build and publish _headers with it",
    ]);
  });

  it("parses every feed: Atom (the site's and each topic's), JSON Feed and OPML, and their links", () => {
    expect(
      problems({
        "feed.xml": atom.replace("</feed>", ""),
        "agencies/europol/feed.xml": atom.replace('https://x.example/feed.xml"/>', 'javascript:alert(1)"/>'),
        "outlets/amaq/feed.xml": `<?xml version="1.0"?><rss><channel/></rss>`,
        "feed.json": JSON.stringify({ version: "https://jsonfeed.org/version/1", title: "t", items: [] }),
        "feeds.opml": "<opml",
      }),
    ).toEqual([
      "agencies/europol/feed.xml: feed: links to javascript:alert(1), which is not an http(s) URL",
      "feed.json: feed: is not a JSON Feed 1.1: it needs version https://jsonfeed.org/version/1.1, a title and items",
      "feed.xml: feed: does not parse as XML (line 1: Unclosed tag 'feed'.)",
      "feeds.opml: feed: does not parse as XML (line 1: Unclosed tag 'opml'.)",
      'outlets/amaq/feed.xml: feed: is not an Atom feed: no <feed xmlns="http://www.w3.org/2005/Atom">',
    ]);
  });

  it("finds redirects that leave the site, in _redirects and in redirect pages, and malformed paths without crashing", () => {
    const moved = (target: string, canonical: string) =>
      page("")
        .replace("<title>", `<meta http-equiv="refresh" content="0; url=${target}"><title>`)
        .replace('https://x.example/"', `${canonical}"`);
    expect(
      problems({
        _redirects:
          "# old addresses\n/old/ /a/ 301\n/gone/ https://evil.example/ 301\n/old%zz/ /a/ 301\n/* /index.html 200\n/proto/ //evil.example/ 301\n",
        "old/index.html": moved("/a/", "https://x.example/a/"),
        "away/index.html": moved("https://evil.example/", "https://x.example/a/"),
        "sneaky/index.html": moved("/a/", "https://evil.example/a/"),
      }),
    ).toEqual([
      "away/index.html:1: redirect: its meta refresh leads to https://evil.example/, off https://x.example/",
      "sneaky/index.html:1: redirect: its canonical link leads to https://evil.example/a/, off https://x.example/",
      "_redirects:3: redirect: /gone/ leads to https://evil.example/, off https://x.example/",
      "_redirects:4: redirect: /old%zz/ has a % that is not a percent escape like %C3%A9, which hosts read as a pattern or never match",
      "_redirects:5: redirect: /* has a wildcard *, which hosts read as a pattern or never match",
      "_redirects:6: redirect: /proto/ leads to //evil.example/, off https://x.example/",
    ]);
  });

  it("finds a relative _redirects target that browsers resolve to another host", () => {
    expect(problems({ _redirects: "/z/ /\\evil.example/ 302\n/y/ /a/ 301\n" })).toEqual([
      "_redirects:1: redirect: /z/ leads to /\\evil.example/, off https://x.example/",
    ]);
  });

  it("finds a <base>, scripts from anywhere but /assets/ and the search bundle, and script in .htm and .xhtml pages", () => {
    expect(
      problems({
        "a/index.html": page(
          [
            '<base href="https://evil.example/">',
            '<script src="https://evil.example/x.js"></script>',
            '<script src="/img/x.js"></script>',
            '<script src="//evil.example/assets/x.js"></script>',
            '<script src="/\\evil.example/assets/x.js"></script>',
            '<script src="../assets/x.js" defer></script>',
            '<script src="/pagefind/pagefind-ui.js"></script><script type="application/ld+json" src="/x.json"></script>',
          ].join("\n"),
        ),
        "assets/x.js": "",
        "pagefind/pagefind-ui.js": "",
        "img/x.js": "",
        "x.json": "",
        "old.htm": page("<script>alert(1)</script>"),
        "old.xhtml": page('<p onclick="alert(1)">x</p>'),
      }),
    ).toEqual([
      "a/index.html:1: url: has a <base> element, which changes where every relative link and script leads",
      "a/index.html:2: script: loads a script from https://evil.example/x.js, not from the site's own /assets/ or search bundle",
      "a/index.html:3: script: loads a script from /img/x.js, not from the site's own /assets/ or search bundle",
      "a/index.html:4: script: loads a script from //evil.example/assets/x.js, not from the site's own /assets/ or search bundle",
      "a/index.html:5: script: loads a script from /\\evil.example/assets/x.js, not from the site's own /assets/ or search bundle",
      "old.htm:1: script: has an inline <script>, which the Content-Security-Policy blocks",
      "old.xhtml:1: script: has an event-handler attribute onclick= on <p>",
    ]);
  });

  it("finds script, event handlers and javascript: links in SVG files anywhere in the output", () => {
    const svg = (inner: string, attributes = "") =>
      `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"${attributes}>\n${inner}\n</svg>`;
    expect(
      problems({
        "img/x.svg": svg("<script>alert(document.domain)</script>"),
        "assets/world.svg": svg('<circle r="1"/>', ' onload="alert(1)"'),
        "assets/logo.svg": svg('<a xlink:href="javascript:alert(1)"><text>x</text></a>'),
        "img/ns.svg": svg('<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>'),
        "img/fine.svg": svg('<use href="#a"/><text>on average = 3</text>'),
      }),
    ).toEqual([
      "assets/world.svg:2: script: has an event-handler attribute onload= on <svg>",
      "img/x.svg:3: script: has a <script> in an SVG file",
      "assets/logo.svg:3: url: <a href> is a javascript: URL",
      "img/ns.svg:3: script: has a <script> in an SVG file",
    ]);
  });
});
