import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  headersFile,
  metaPolicy,
  redirectsFile,
} from "../../../src/seo/headers.ts";
import { ROOT } from "../../helpers/cli.ts";

describe("host files", () => {
  it("write security headers for every page and long caching for fingerprinted assets under the prefix", () => {
    const text = headersFile("/news/");
    expect(text).toContain(`/news/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    expect(text).toContain("/news/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n");
    // Fingerprinted assets for a year; the search index's bundles (up to eight, for a split index) for an hour.
    expect(text.match(/Cache-Control/g)?.length).toBe(9);
    for (const bundle of ["pagefind", "pagefind-2", "pagefind-3", "pagefind-8"])
      expect(text).toContain(`/news/${bundle}/*\n  Cache-Control: public, max-age=3600\n`);
  });

  it("write one 301 line per redirect", () => {
    expect(redirectsFile([{ from: "/old/", to: "/2018/04/new/" }], (p) => `/news${p}`)).toBe(
      "# Written by newsdesk build: old addresses (front-matter aliases, renamed topics) and where they went.\n/news/old/ /news/2018/04/new/ 301\n",
    );
  });

  it("match the nginx snippet in the README", () => {
    expect(readFileSync(`${ROOT}README.md`, "utf8")).toContain(
      `add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}" always;`,
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
