import { describe, expect, it } from "vitest";
import {
  checkBaseUrl,
  checkExternalUrl,
  checkImageReference,
  checkPathPrefix,
  checkSitePath,
  looksLikeUrl,
  schemeOf,
} from "../../../src/model/safe-url.ts";

const reason = (r: { ok: boolean; reason?: string; value?: string }) => (r.ok ? `ok ${r.value}` : r.reason);

describe("checkExternalUrl", () => {
  it.each([
    ["https://www.europol.europa.eu", "ok https://www.europol.europa.eu"],
    ["http://localhost:8080", "ok http://localhost:8080"],
    ["http://[::1]/x", "ok http://[::1]/x"],
    ["https://xn--bcher-kva.example/x", "ok https://xn--bcher-kva.example/x"],
    ["https://bücher.example/x", "has a host with letters outside ASCII ('bücher.example')"],
    ["https://\u0435xample.com/", "has a host with letters outside ASCII ('\u0435xample.com')"],
    ["https://ｅxample.com/", "has a host with letters outside ASCII ('ｅxample.com')"],
    ["javascript:alert(document.domain)", "is a javascript: URL, and only http(s) URLs are allowed"],
    ["JaVaScRiPt:alert(1)", "is a javascript: URL, and only http(s) URLs are allowed"],
    ["java\tscript:alert(1)", "contains a space, tab, newline or control character"],
    ["java\nscript:alert(1)", "contains a space, tab, newline or control character"],
    ["\u0001javascript:alert(1)", "contains a space, tab, newline or control character"],
    [" https://x.example/", "contains a space, tab, newline or control character"],
    ["data:text/html,<script>alert(1)</script>", "is a data: URL, and only http(s) URLs are allowed"],
    ["file:///etc/passwd", "is a file: URL, and only http(s) URLs are allowed"],
    ["vbscript:msgbox", "is a vbscript: URL, and only http(s) URLs are allowed"],
    ["ftp://x.example/", "is a ftp: URL, and only http(s) URLs are allowed"],
    ["//evil.example/x", "has no scheme (//host is read as whatever the page uses)"],
    ["https://user:pw@x.example/", "carries a user name or password"],
    ["https://trusted.example@evil.example/", "carries a user name or password"],
    ["https:evil.example", "has no host after the scheme"],
    ["https:/\\evil.example", "contains a backslash"],
    ["https://x..example", "has no valid host ('x..example')"],
    ["https://-x.example", "has no valid host ('-x.example')"],
    ["europol.europa.eu", "is not an absolute URL"],
  ])("%j → %s", (input, expected) => {
    expect(reason(checkExternalUrl(input))).toBe(expected);
  });

  it("names the ASCII host a homoglyph resolves to", () => {
    expect(checkExternalUrl("https://\u0435xample.com/")).toMatchObject({
      fix: "write the host as browsers resolve it: xn--xample-2of.com",
    });
  });

  it("says what to write instead", () => {
    expect(checkExternalUrl("javascript:x")).toEqual({
      ok: false,
      reason: "is a javascript: URL, and only http(s) URLs are allowed",
      fix: "write an absolute http(s) URL such as https://www.example.org/",
    });
  });
});

describe("checkSitePath", () => {
  it.each([
    ["/2018/04/27/old-permalink/", "ok /2018/04/27/old-permalink/"],
    ["/old-blog/moved.html", "ok /old-blog/moved.html"],
    ["/caf%c3%a9/", "ok /caf%C3%A9/"],
    ["/%41bc/", "ok /Abc/"],
    ["/my%20post/", "ok /my%20post/"],
    ["/x:y/", "ok /x:y/"],
    ["/café/", "ok /caf%C3%A9/"],
    ["/caf%C3%A9/", "ok /caf%C3%A9/"],
    ["/%66eed.xml", "ok /feed.xml"],
    ["/_%72edirects", "ok /_redirects"],
    ["/%70agefind/pagefind.js", "ok /pagefind/pagefind.js"],
    ['/a"b<c>/', "ok /a%22b%3Cc%3E/"],
    ["/a%21b/", "ok /a%21b/"],
    ["/😀/", "ok /%F0%9F%98%80/"],
    ["/\ud800/", "has percent escapes that are not UTF-8"],
    [`/${"a".repeat(200)}/`, `ok /${"a".repeat(200)}/`],
    [`/${"a".repeat(300)}/`, `has a segment of 300 bytes (${"a".repeat(24)}…), more than the 200 a file name may have`],
    [`/${"é".repeat(101)}/`, `has a segment of 202 bytes (${"é".repeat(24)}…), more than the 200 a file name may have`],
    [`/${"abcdefghi/".repeat(100)}x`, "is 1002 characters long, more than the 1000 a site path may have"],
    ["/./x/", "has a '.' segment"],
    ["/a/../b/", "has a '..' segment"],
    ["/x/.", "has a '.' segment"],
    ["/*", "has a wildcard *"],
    ["/news/*", "has a wildcard *"],
    ["/:x/y", "has a placeholder segment ':x'"],
    ["/a/:splat", "has a placeholder segment ':splat'"],
    ["/old%zz/", "has a % that is not a percent escape like %C3%A9"],
    ["/old%/", "has a % that is not a percent escape like %C3%A9"],
    ["/%C3/", "has percent escapes that are not UTF-8"],
    ["/%2e%2e/etc/passwd", "has an encoded '.' (%2e)"],
    ["/%2E/", "has an encoded '.' (%2E)"],
    ["/a%2fb/", "has an encoded '/' (%2f)"],
    ["/a%5cb/", "has an encoded '\\' (%5c)"],
    ["/a%2a/", "has an encoded '*' (%2a)"],
    ["/a%252e/", "has an encoded '%' (%25)"],
    ["/a%00/", "has an encoded control character (%00)"],
    ["/a%C2%85/", "has an encoded control character"],
    ["/x?y=1", "has a query or fragment (? or #)"],
    ["/x#y", "has a query or fragment (? or #)"],
    ["//evil.example/", "starts with // (a host, not a path)"],
    ["old/", "does not start with /"],
    ["/a b/", "contains a space, tab, newline or control character"],
    ["/a\tb/", "contains a space, tab, newline or control character"],
    ["/a\\b", "contains a backslash"],
  ])("%j → %s", (input, expected) => {
    expect(reason(checkSitePath(input))).toBe(expected);
  });

  it("suggests the path a browser would request for dot segments", () => {
    expect(checkSitePath("/./x/")).toMatchObject({ fix: "write it as /x/" });
    expect(checkSitePath("/a/./b/../c/")).toMatchObject({ fix: "write it as /a/c/" });
  });
});

describe("checkBaseUrl", () => {
  it.each([
    ["https://news.example.org", "ok https://news.example.org"],
    ["https://News.Example.org/", "is not written as browsers write it (https://news.example.org/)"],
    ["https://x.example:443/", "is not written as browsers write it (https://x.example/)"],
    ["https://x.example/%41/", "is not written as browsers write it (https://x.example/%41/)"],
    [
      'https://fixture.example/"><svg/onload=alert(document.domain)>',
      "has a path with characters other than A-Z a-z 0-9 - . _ ~ / and percent escapes",
    ],
    ["https://fixture.example/$'", "has a path with characters other than A-Z a-z 0-9 - . _ ~ / and percent escapes"],
    ["https://fixture.example/x'y", "has a path with characters other than A-Z a-z 0-9 - . _ ~ / and percent escapes"],
    ["https://\u0435xample.com", "has a host with letters outside ASCII ('\u0435xample.com')"],
    ["https://x.example/caf%C3%A9", "ok https://x.example/caf%C3%A9"],
    ["https://x.example/news/", "ok https://x.example/news"],
    ["http://localhost:8080", "ok http://localhost:8080"],
    ["https://u:p@x.example", "carries a user name or password"],
    ["https://x.example/?a=1", "has a query (?…)"],
    ["https://x.example?", "has a query (?…)"],
    ["https://x.example/#top", "has a fragment (#…)"],
    ["https://x.example/a/../b", "has a path that has a '..' segment"],
    ["https://x.example/%2e%2e/", "has a path that has an encoded '.' (%2e)"],
    ["javascript:alert(1)", "is a javascript: URL, and only http(s) URLs are allowed"],
    ["//x.example", "has no scheme (//host is read as whatever the page uses)"],
    ["x.example", "is not an absolute URL"],
  ])("%j → %s", (input, expected) => {
    expect(reason(checkBaseUrl(input))).toBe(expected);
  });
});

describe("checkBaseUrl fixes", () => {
  it("names the form to write", () => {
    expect(checkBaseUrl("https://News.Example.org/")).toMatchObject({ fix: "write it as https://news.example.org" });
    expect(checkBaseUrl("https://x.example/%41/")).toMatchObject({ fix: "write it as https://x.example/A" });
    expect(checkBaseUrl("https://\u0435xample.com")).toMatchObject({
      fix: "write the host as browsers resolve it: xn--xample-2of.com",
    });
  });
});

describe("checkPathPrefix", () => {
  it.each([
    ["/news/", "ok /news/"],
    ["news", "ok /news/"],
    ["/a/b", "ok /a/b/"],
    ["/", "ok /"],
    ["", "ok /"],
    ["../", "has a '..' segment"],
    ["/..", "has a '..' segment"],
    ["./", "has a '.' segment"],
    ["/a/./b", "has a '.' segment"],
    ["/%2e%2e/", "has characters other than A-Z a-z 0-9 . _ ~ - and /"],
    ["/a b/", "has characters other than A-Z a-z 0-9 . _ ~ - and /"],
    ["/news?x", "has characters other than A-Z a-z 0-9 . _ ~ - and /"],
    ["/news//x", "has an empty segment (//)"],
  ])("%j → %s", (input, expected) => {
    expect(reason(checkPathPrefix(input))).toBe(expected);
  });
});

describe("checkImageReference", () => {
  it.each([
    ["images/harbour.jpg", "ok images/harbour.jpg"],
    ["/images/harbour.jpg", "ok images/harbour.jpg"],
    ["https://cdn.example/x.png", "ok https://cdn.example/x.png"],
    ["../secret.png", "has a '..' segment that would leave the content folder"],
    ["images/../../secret.png", "has a '..' segment that would leave the content folder"],
    ["javascript:alert(1)", "is a javascript: URL, and only http(s) URLs are allowed"],
    ["data:image/png;base64,iVBORw0KGgo=", "is a data: URL, and only http(s) URLs are allowed"],
    ["file:///etc/passwd", "is a file: URL, and only http(s) URLs are allowed"],
    ["//evil.example/x.png", "has no scheme (//host is read as whatever the page uses)"],
    ["java\tscript:alert(1)", "contains a space, tab, newline or control character"],
    ["/\\evil.example/x.png", "contains a backslash"],
  ])("%j → %s", (input, expected) => {
    expect(reason(checkImageReference(input))).toBe(expected);
  });
});

describe("schemeOf and looksLikeUrl", () => {
  it("read a scheme as a browser does, through case, tabs and leading spaces", () => {
    expect(
      ["JaVaScRiPt:x", "java\tscript:x", " \u0001javascript:x", "https://x", "images/a.png", "/a:b"].map(schemeOf),
    ).toEqual(["javascript", "javascript", "javascript", "https", undefined, undefined]);
    expect(["//host/x", "\\\\host/x", "mailto:a@b", "images/x.png", "/images/x.png"].map(looksLikeUrl)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
