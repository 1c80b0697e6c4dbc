import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, buildSite } from "../helpers/cli.ts";
import { brokenReferences, siteReferences, type Reference } from "../helpers/page-links.ts";
import { fileFor, page } from "../helpers/site.ts";

const BASE_URL = "https://securitydesk.example";
const TYPICAL_ARTICLE = "/2018/04/islamic-state-propaganda-outlets-taken-down/";

let out: string;
let references: Reference[];

beforeAll(async () => {
  out = await buildSite(join(ROOT, "content"));
  references = siteReferences(out);
});

describe("link check over the built sample archive", () => {
  it("finds every internal link, asset, image candidate, <use> and CSS url() a file, and every fragment its id", () => {
    expect(references.length).toBeGreaterThan(5000);
    expect(brokenReferences(out, references, BASE_URL)).toEqual([]);
  });

  it("checks the kinds of reference a page weight and a map depend on", () => {
    const urls = references.map((r) => r.url);
    expect(urls.some((u) => /^\/assets\/site\.[0-9a-f]{10}\.css$/.test(u))).toBe(true);
    expect(urls.some((u) => /^\/assets\/world\.[0-9a-f]{10}\.svg#c528$/.test(u))).toBe(true);
    expect(urls.some((u) => u.startsWith(`${BASE_URL}/`))).toBe(true);
  });

  it("reports a missing file, a missing fragment and a missing sprite shape", () => {
    const broken = brokenReferences(
      out,
      [
        { from: "index.html", url: "/2099/01/nothing/" },
        { from: "index.html", url: "/about/#no-such-heading" },
        { from: "index.html", url: `${BASE_URL}/nowhere/` },
        { from: "index.html", url: "/assets/world.0000000000.svg#land" },
        { from: "index.html", url: "https://elsewhere.example/" },
      ],
      BASE_URL,
    );
    expect(broken).toEqual([
      "index.html: /2099/01/nothing/ (no file)",
      "index.html: /about/#no-such-heading (no #no-such-heading)",
      `index.html: ${BASE_URL}/nowhere/ (no file)`,
      "index.html: /assets/world.0000000000.svg#land (no file)",
    ]);
  });
});

describe("page weight", () => {
  it("keeps a typical article's HTML and CSS under 50 KB gzipped, with the map's shapes in the shared sprite", () => {
    const $ = page(out, TYPICAL_ARTICLE);
    const html = readFileSync(fileFor(out, TYPICAL_ARTICLE));
    const stylesheets = $("link[rel='stylesheet']")
      .map((_, el) => $(el).attr("href"))
      .get();
    expect(stylesheets).toHaveLength(1);
    const css = readFileSync(fileFor(out, stylesheets[0]!));
    const gzipped = gzipSync(html).length + gzipSync(css).length;
    expect(gzipped).toBeLessThan(50 * 1024);
    // The map is drawn from <use> references: no path geometry is inlined in the page.
    expect($(".world-map use").length).toBeGreaterThan(8);
    expect($("svg path").length).toBe(0);
    expect($("script:not([type='application/ld+json'])").length).toBe(0);
  });

  it("has no inline style attribute, <style> element or inline script on any page", () => {
    const pages = references.filter((r) => r.from.endsWith(".html")).map((r) => r.from);
    for (const file of new Set(pages)) {
      const $ = page(out, `/${file}`);
      expect($("[style]").length, file).toBe(0);
      expect($("style").length, file).toBe(0);
      expect($("script:not([src]):not([type='application/ld+json'])").length, file).toBe(0);
      expect($("[onclick], [onload], [onerror]").length, file).toBe(0);
    }
  });
});
