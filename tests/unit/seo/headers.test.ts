import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  headersFile,
  expectedPolicy,
  metaPolicy,
  redirectsFile,
  sitePolicy,
} from "../../../src/seo/headers.ts";
import { SITE_DEFAULTS } from "../../../src/model/site-config.ts";
import { ROOT } from "../../helpers/cli.ts";

describe("host files", () => {
  it("write security headers for every page and long caching for fingerprinted assets under the prefix", () => {
    const text = headersFile("/news/", CONTENT_SECURITY_POLICY, ["/pagefind/", "/pagefind-2/", "/pagefind-3/"]);
    expect(text).toContain(`/news/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    expect(text).toContain("/news/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n");
    // Fingerprinted assets for a year; each bundle of the search index (three here) for an hour.
    expect(text.match(/Cache-Control/g)?.length).toBe(4);
    for (const bundle of ["pagefind", "pagefind-2", "pagefind-3"])
      expect(text).toContain(`/news/${bundle}/*\n  Cache-Control: public, max-age=3600\n`);
    expect(headersFile("/").match(/Cache-Control/g)?.length).toBe(2);
  });

  it("write one 301 line per redirect", () => {
    expect(redirectsFile([{ from: "/old/", to: "/2018/04/new/" }], (p) => `/news${p}`)).toBe(
      "# Written by newsdesk build: old addresses (front-matter aliases, renamed topics) and where they went.\n/news/old/ /news/2018/04/new/ 301\n",
    );
  });

  it("write WordPress's short addresses at their plain paths only, saying why no line matches the query", () => {
    const text = redirectsFile(
      [
        { from: "/old/", to: "/2018/04/new/" },
        { from: "/p/412/", to: "/2019/11/botnet-takedown/", query: "p=412" },
      ],
      (p) => `/news${p}`,
    );
    expect(text).toBe(
      "# Written by newsdesk build: old addresses (front-matter aliases, renamed topics) and where they went.\n" +
        "# WordPress's /?p=N and /?page_id=N have no lines of their own: a host that matches paths alone would read one as\n" +
        "# a redirect of the home page. The home page's script sends them to /p/N/ and /page-id/N/, redirected below.\n" +
        "/news/old/ /news/2018/04/new/ 301\n/news/p/412/ /news/2019/11/botnet-takedown/ 301\n",
    );
    // No line answers at the home page, under any reading of its tokens.
    expect(text.split("\n").filter((line) => line.startsWith("/news/ ") || /^\/news\/\?/.test(line))).toEqual([]);
  });

  it("match the nginx snippet in the README, a default site's (which frames its default embed hosts)", () => {
    expect(readFileSync(`${ROOT}README.md`, "utf8")).toContain(
      `add_header Content-Security-Policy "${sitePolicy(SITE_DEFAULTS)}" always;`,
    );
  });

  it("write a site's own policy, with frame-src naming exactly its embed hosts", () => {
    expect(
      headersFile("/", sitePolicy({ html: "allowlist", embeds: ["www.youtube.com", "player.vimeo.com"] })),
    ).toContain(
      "connect-src 'self'; frame-src https://player.vimeo.com https://www.youtube-nocookie.com; object-src 'none'",
    );
  });
});

describe("the Content-Security-Policy for a <meta http-equiv>", () => {
  it("is the header's policy without the directives browsers ignore in a meta element", () => {
    expect(META_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ""));
    expect(metaPolicy("default-src 'self'; report-uri /csp; frame-ancestors 'none'; sandbox; img-src 'self'")).toBe(
      "default-src 'self'; img-src 'self'",
    );
  });
});

describe("a site's policy", () => {
  it("frames nothing without embeds or with html: text (frames fall back to default-src 'self')", () => {
    expect(sitePolicy({ html: "allowlist", embeds: [] })).toBe(CONTENT_SECURITY_POLICY);
    expect(sitePolicy({ html: "text", embeds: ["player.vimeo.com"] })).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toContain("frame-src");
  });

  it("is what verify expects of it, and a frame-src with anything but https hosts is not", () => {
    const policy = sitePolicy(SITE_DEFAULTS);
    expect(expectedPolicy(policy)).toBe(policy);
    expect(expectedPolicy(CONTENT_SECURITY_POLICY)).toBe(CONTENT_SECURITY_POLICY);
    for (const source of ["*", "https:", "http://evil.example", "https://*.example.org", "'self'"]) {
      const widened = policy.replace("frame-src https://player.vimeo.com", `frame-src ${source}`);
      expect(expectedPolicy(widened)).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});
