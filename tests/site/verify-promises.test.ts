import { load } from "cheerio";
import { appendFileSync, cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, fixture, runCli, tempDir, type CliResult } from "../helpers/cli.ts";
import { listFiles } from "../helpers/site.ts";

// The basic fixture with an article that has an old address, so the build has a redirect page and _redirects line.
let out: string;
let verified: CliResult;
beforeAll(async () => {
  const content = join(await tempDir(), "content");
  cpSync(fixture("basic"), content, { recursive: true });
  writeFileSync(
    join(content, "articles/2020/moved.md"),
    "---\ntitle: Moved story\ndate: 2020-09-01\nsummary: s\naliases: [/old-blog/moved/]\n---\nBody.\n",
  );
  out = await buildSite(content, ["--base-url", "https://desk.example"]);
  verified = await runCli(["verify", "--out", out], await tempDir());
});

describe("the Content-Security-Policy of a built site", () => {
  it("is in _headers and in a <meta http-equiv> at the top of every page, the same policy less frame-ancestors", () => {
    const header = /^ {2}Content-Security-Policy: (.*)$/m.exec(readFileSync(join(out, "_headers"), "utf8"))![1]!;
    expect(header).toContain("frame-ancestors 'none'");
    const expected = header.replace("; frame-ancestors 'none'", "");
    const pages = listFiles(out).filter((f) => f.endsWith(".html"));
    expect(pages).toEqual(
      expect.arrayContaining(["index.html", "404.html", "search/index.html", "old-blog/moved/index.html"]),
    );
    for (const file of pages) {
      const $ = load(readFileSync(join(out, file), "utf8"));
      expect($('meta[http-equiv="Content-Security-Policy"]').attr("content"), file).toBe(expected);
      // The policy governs only what follows it: it comes right after the charset.
      expect($("head > meta").eq(1).attr("http-equiv"), file).toBe("Content-Security-Policy");
    }
  });
});

describe("newsdesk verify", () => {
  it("passes the site as built", () => {
    expect(verified.stdout).toMatch(/verified: \d+ pages, \d+ files, no problems/);
    expect(verified.code).toBe(0);
  });

  it("reports each broken promise of a hand-tampered copy, one line naming the file and the fix, exit 1", async () => {
    const copy = join(await tempDir(), "site");
    cpSync(out, copy, { recursive: true });
    const edit = (file: string, change: (text: string) => string) =>
      writeFileSync(join(copy, file), change(readFileSync(join(copy, file), "utf8")));
    edit("2020/09/moved/index.html", (t) => t.replace("</main>", "<script>alert(document.cookie)</script>\n</main>"));
    edit("about/index.html", (t) => t.replace("</main>", '<a href="javascript:alert(1)">win a prize</a>\n</main>'));
    edit("404.html", (t) => t.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, ""));
    edit("agencies/europol/feed.xml", (t) => t.slice(0, t.indexOf("<entry>")));
    edit("old-blog/moved/index.html", (t) => t.replace(/url=[^"]*/, "url=https://evil.example/"));
    appendFileSync(join(copy, "_redirects"), "/promo/ https://evil.example/ 301\n/old%zz/ /2020/09/moved/ 301\n");
    const result = await runCli(["verify", "--out", copy], await tempDir());
    const lines = result.stdout.split("\n");
    const scriptLine =
      readFileSync(join(copy, "2020/09/moved/index.html"), "utf8")
        .split("\n")
        .findIndex((l) => l.includes("<script>alert")) + 1;
    const linkLine =
      readFileSync(join(copy, "about/index.html"), "utf8")
        .split("\n")
        .findIndex((l) => l.includes("win a prize")) + 1;
    const refreshLine =
      readFileSync(join(copy, "old-blog/moved/index.html"), "utf8")
        .split("\n")
        .findIndex((l) => l.includes("evil.example")) + 1;
    const redirectLines = readFileSync(join(copy, "_redirects"), "utf8").split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        `2020/09/moved/index.html:${scriptLine}: script: has an inline <script>, which the Content-Security-Policy blocks; newsdesk never writes one: rebuild the site with newsdesk build and publish that output`,
        `about/index.html:${linkLine}: url: <a href> is a javascript: URL (only http(s), mailto, tel and relative URLs are allowed); newsdesk never writes one: rebuild the site with newsdesk build and publish that output`,
        `404.html: csp: has no <meta http-equiv="Content-Security-Policy">; rebuild the site with newsdesk build, which writes it into every page`,
        "agencies/europol/feed.xml: feed: does not parse as XML (line 2: Unclosed tag 'feed'.); rebuild the site with newsdesk build and publish the new output",
        `old-blog/moved/index.html:${refreshLine}: redirect: its meta refresh leads to https://evil.example/, off https://desk.example/; a redirect leads to a page of this site only: rebuild the site with newsdesk build and publish that output`,
        `_redirects:${redirectLines.indexOf("/promo/ https://evil.example/ 301") + 1}: redirect: /promo/ leads to https://evil.example/, off https://desk.example/; a redirect leads to a page of this site only: rebuild the site with newsdesk build and publish that output`,
        `_redirects:${redirectLines.indexOf("/old%zz/ /2020/09/moved/ 301") + 1}: redirect: /old%zz/ has a % that is not a percent escape like %C3%A9, which hosts read as a pattern or never match; rebuild the site with newsdesk build and publish that output`,
      ]),
    );
    expect(lines).toContain("7 problems in " + copy);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
  });
});
