import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AddressBook } from "../../../../src/import/address-book.ts";
import { ImageShelf } from "../../../../src/import/image-shelf.ts";
import { ImportReport } from "../../../../src/import/import-report.ts";
import { readJekyllItem } from "../../../../src/import/jekyll/jekyll-item.ts";

const dir = mkdtempSync(join(tmpdir(), "newsdesk-jekyll-item-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function read(rel: string, text: string, kind: "post" | "page" = "post") {
  mkdirSync(join(dir, rel, ".."), { recursive: true });
  writeFileSync(join(dir, rel), text);
  const ctx = {
    zone: "UTC",
    book: new AddressBook(),
    images: new ImageShelf(join(dir, "out")),
    report: new ImportReport(dir),
  };
  return {
    item: readJekyllItem(dir, { rel, kind }, { baseurl: "/blog", timezone: "Asia/Tokyo" }, ctx),
    report: ctx.report,
  };
}

describe("readJekyllItem", () => {
  it("titles a post without one from its file name, with Jekyll's default style and the baseurl", () => {
    const { item } = read("_posts/2020-01-31-fbi-seizes-forum.md", "---\nlayout: post\n---\nText");
    expect([item?.title, item?.date?.toISO(), item?.oldPaths]).toEqual([
      "Fbi Seizes Forum",
      "2020-01-31T00:00:00.000+09:00",
      ["/blog/2020/01/31/fbi-seizes-forum.html"],
    ]);
  });

  it("warns of a date that is not one and keeps the file name's", () => {
    const { item, report } = read("_posts/2020-02-03-Raid.md", "---\ntitle: Raid\ndate: last Tuesday\n---\n");
    expect(item?.date?.toISO()).toBe("2020-02-03T00:00:00.000+09:00");
    expect(report.problems).toEqual([
      {
        file: "_posts/2020-02-03-Raid.md",
        line: 3,
        column: 1,
        field: "date",
        severity: "warning",
        message: "date \"last Tuesday\" is not a date: the file name's date (or the file's time) is used",
      },
    ]);
  });

  it("takes a top-level file as a page only with front-matter and a title", () => {
    expect(read("notes.md", "Just notes", "page").item).toBeUndefined();
    expect(read("team.md", "---\nlayout: page\n---\n", "page").item).toBeUndefined();
    expect(read("Team.md", "---\ntitle: Our team\nredirect_from: /people/\n---\n", "page").item?.oldPaths).toEqual([
      "/blog/Team.html",
      "/blog/people/",
    ]);
  });
});
