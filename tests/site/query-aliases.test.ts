import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, fixture, runCli } from "../helpers/cli.ts";
import { exists, page } from "../helpers/site.ts";
import { ROOT } from "../helpers/cli.ts";

// An archive moved from WordPress under /news/: two articles keep their /?p=N, the about page its /?page_id=N.
let out: string;
let plain: string;

beforeAll(async () => {
  const at = ["--path-prefix", "/news/", "--base-url", "https://moved-desk.example"];
  [out, plain] = await Promise.all([buildSite(fixture("query-aliases"), at), buildSite(fixture("basic"), at)]);
}, 120_000);

describe("WordPress's short addresses as aliases", () => {
  it("get a redirect page each at /p/N/ and /page-id/N/, leading to the article or page", () => {
    for (const [path, target] of [
      ["/p/412/", "/news/2019/11/botnet-takedown/"],
      ["/p/530/", "/news/2020/01/advisory-vpn/"],
      ["/page-id/45/", "/news/about/"],
      ["/about-us/", "/news/about/"],
    ] as const) {
      const $ = page(out, path);
      expect([path, $('meta[http-equiv="refresh"]').attr("content")]).toEqual([path, `0; url=${target}`]);
      expect($('link[rel="canonical"]').attr("href")).toBe(`https://moved-desk.example${target}`);
      expect($('meta[name="robots"]').attr("content")).toBe("noindex");
    }
  });

  it("are in _redirects at their plain paths only, with the note saying why", () => {
    const lines = readFileSync(join(out, "_redirects"), "utf8").split("\n");
    expect(lines.filter((l) => !l.startsWith("#"))).toEqual([
      "/news/2020/06/03/ransomware-arrests-ukraine/ /news/2020/06/ransomware-arrests/ 301",
      "/news/p/530/ /news/2020/01/advisory-vpn/ 301",
      "/news/p/412/ /news/2019/11/botnet-takedown/ 301",
      "/news/2019/11/14/loader-botnet-taken-down/ /news/2019/11/botnet-takedown/ 301",
      "/news/page-id/45/ /news/about/ 301",
      "/news/about-us/ /news/about/ 301",
      "",
    ]);
    expect(lines[1]).toBe(
      "# WordPress's /?p=N and /?page_id=N have no lines of their own: a host that matches paths alone would read one as",
    );
  });

  it("make the home page, and it alone, load the script that follows them, with the path prefix", () => {
    const scripts = page(out, "/")("script[src*='query-redirect']");
    expect(scripts.length).toBe(1);
    const src = scripts.attr("src")!;
    expect(src).toMatch(/^\/news\/assets\/query-redirect\.[0-9a-f]{10}\.js$/);
    expect(scripts.attr("data-base")).toBe("/news/");
    expect(scripts.attr("defer")).toBeUndefined();
    expect(readFileSync(join(out, src.slice("/news/".length)), "utf8")).toBe(
      readFileSync(join(ROOT, "layouts/assets/query-redirect.js"), "utf8"),
    );
    for (const other of ["/2019/11/botnet-takedown/", "/about/", "/search/", "/agencies/europol/", "/2020/"])
      expect([other, page(out, other)("script[src*='query-redirect']").length]).toEqual([other, 0]);
  });

  it("leave the redirect pages out of the sitemap, and pass verify", async () => {
    expect(readFileSync(join(out, "sitemap.xml"), "utf8")).not.toMatch(/\/p\/|page-id/);
    const verified = await runCli(["verify", "--out", out]);
    expect(verified.stdout).toContain("no problems");
    expect(verified.code).toBe(0);
  });
});

describe("a site without short addresses", () => {
  it("has no such script on its home page and no redirect pages for them", () => {
    expect(page(plain, "/")("script[src*='query-redirect']").length).toBe(0);
    expect(exists(plain, "/p/")).toBe(false);
    expect(readFileSync(join(plain, "_redirects"), "utf8")).not.toContain("WordPress");
  });
});
