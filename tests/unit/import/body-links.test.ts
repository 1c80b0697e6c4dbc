import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { AddressBook } from "../../../src/import/address-book.ts";
import { oldSiteUrl, rewriteBodyLinks, sitePathOf } from "../../../src/import/body-links.ts";
import { ImageShelf } from "../../../src/import/image-shelf.ts";
import { ImportReport } from "../../../src/import/import-report.ts";

function context() {
  const book = new AddressBook();
  book.claim("k", "europol-raid", DateTime.fromISO("2021-03-09", { zone: "UTC" }));
  book.addOld("k", "/news/2021/03/09/Europol-Raid/");
  return {
    zone: "UTC",
    book,
    images: new ImageShelf(mkdtempSync(join(tmpdir(), "newsdesk-links-"))),
    report: new ImportReport("site"),
  };
}

describe("sitePathOf", () => {
  it("answers root-relative paths and the site's own URLs, nothing else", () => {
    expect(sitePathOf("/news/x/", undefined)).toBe("/news/x/");
    expect(sitePathOf("https://news.example/news/x/?a=1", "https://news.example")).toBe("/news/x/?a=1");
    expect(sitePathOf("https://other.example/news/x/", "https://news.example")).toBeUndefined();
    expect(sitePathOf("//cdn.example/x.png", "https://news.example")).toBeUndefined();
    expect(sitePathOf("x/y/", undefined)).toBeUndefined();
  });
});

describe("rewriteBodyLinks", () => {
  it("rewrites Markdown, reference and HTML links to old addresses (any case, anchor kept), not images", () => {
    const ctx = context();
    const body = [
      "[raid](/news/2021/03/09/Europol-Raid/#arrests) and [again](https://news.example/news/2021/03/09/europol-raid)",
      '<a href="/news/2021/03/09/Europol-Raid/">raid</a> ![raid](/news/2021/03/09/Europol-Raid/)',
      "[ref]: /news/2021/03/09/Europol-Raid/",
      "[new](/2021/03/europol-raid/) [elsewhere](https://cisa.example/x/)",
      "[![Raid photo](images/raid.png)](/news/2021/03/09/Europol-Raid/)",
    ].join("\n");
    const at = {
      source: "a.md",
      bodyLine: 5,
      original: body,
      siteUrl: "https://news.example",
      newPaths: new Set(["/2021/03/europol-raid/"]),
    };
    expect(rewriteBodyLinks(body, (href) => sitePathOf(href, "https://news.example"), ctx, at)).toBe(
      [
        "[raid](/2021/03/europol-raid/#arrests) and [again](/2021/03/europol-raid/)",
        '<a href="/2021/03/europol-raid/">raid</a> ![raid](/news/2021/03/09/Europol-Raid/)',
        "[ref]: /2021/03/europol-raid/",
        "[new](/2021/03/europol-raid/) [elsewhere](https://cisa.example/x/)",
        "[![Raid photo](images/raid.png)](/2021/03/europol-raid/)",
      ].join("\n"),
    );
    expect(ctx.report.links).toEqual({ rewritten: 5, dead: [] });
  });

  it("points a link nothing answers at the old site, reported at its line; left as written when the site is unknown", () => {
    const ctx = context();
    const body = "Intro\n\nSee [the docs](/doc/install/#usb) and [gone](/news/2020/01/01/Gone/).";
    const at = {
      source: "a.md",
      bodyLine: 5,
      original: body,
      siteUrl: "https://news.example",
      newPaths: new Set<string>(),
    };
    expect(rewriteBodyLinks(body, (href) => sitePathOf(href, undefined), ctx, at)).toBe(
      "Intro\n\nSee [the docs](https://news.example/doc/install/#usb) and [gone](https://news.example/news/2020/01/01/Gone/).",
    );
    expect(ctx.report.links.dead).toEqual([
      {
        source: "a.md",
        line: 7,
        detail:
          "link /doc/install/#usb is answered by no imported item: pointed at the old site, https://news.example/doc/install/",
      },
      {
        source: "a.md",
        line: 7,
        detail:
          "link /news/2020/01/01/Gone/ is answered by no imported item: pointed at the old site, https://news.example/news/2020/01/01/Gone/",
      },
    ]);
    const unknown = context();
    const { siteUrl: _, ...noSite } = at;
    expect(
      rewriteBodyLinks("[x](/doc/)", (href) => sitePathOf(href, undefined), unknown, {
        ...noSite,
        original: "[x](/doc/)",
      }),
    ).toBe("[x](/doc/)");
    expect(unknown.report.links.dead).toEqual([
      { source: "a.md", line: 5, detail: "link /doc/ is answered by no imported item" },
    ]);
  });
});

describe("oldSiteUrl", () => {
  it("makes an old site path absolute on the old site, when its address is known", () => {
    expect(oldSiteUrl("/assets/a b.png", "https://news.example/blog")).toBe("https://news.example/assets/a%20b.png");
    expect(oldSiteUrl("/x.png", undefined)).toBeUndefined();
    expect(oldSiteUrl(undefined, "https://news.example")).toBeUndefined();
  });
});
