import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AddressBook } from "../../../../src/import/address-book.ts";
import type { HugoFile } from "../../../../src/import/hugo/hugo-files.ts";
import { readHugoItem } from "../../../../src/import/hugo/hugo-item.ts";
import { ImageShelf } from "../../../../src/import/image-shelf.ts";
import { ImportReport } from "../../../../src/import/import-report.ts";

const dir = mkdtempSync(join(tmpdir(), "newsdesk-hugo-item-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function read(file: HugoFile, text: string) {
  mkdirSync(join(dir, file.rel, ".."), { recursive: true });
  writeFileSync(join(dir, file.rel), text);
  const ctx = {
    zone: "Europe/Paris",
    book: new AddressBook(),
    images: new ImageShelf(join(dir, "out")),
    report: new ImportReport(dir),
  };
  const config = { permalinks: {}, lowerPaths: true, uglyURLs: false };
  return { item: readHugoItem(dir, file, config, ctx), report: ctx.report };
}

const post = (name: string): HugoFile => ({
  rel: `content/news/${name}.md`,
  kind: "article",
  dirs: ["news"],
  name,
  bundle: false,
});

describe("readHugoItem", () => {
  it("takes publishDate when date is missing, read in the target zone without a site zone, and the slug for both addresses", () => {
    const { item } = read(
      post("Seizure"),
      "---\ntitle: Seizure\npublishDate: 2022-05-01 10:00\nslug: Domain Seizure\n---\n",
    );
    expect([item?.date?.toISO(), item?.slug, item?.oldPaths]).toEqual([
      "2022-05-01T10:00:00.000+02:00",
      "domain-seizure",
      ["/news/domain-seizure/"],
    ]);
  });

  it("warns of a date that is not one, at its line", () => {
    const { item, report } = read(post("Raid"), '+++\ntitle = "Raid"\ndate = "soon"\npublishDate = 2022-06-01\n+++\n');
    expect(item?.date?.toISO()).toBe("2022-06-01T00:00:00.000+02:00");
    expect(report.problems.map((p) => [p.file, p.line, p.field, p.severity, p.message])).toEqual([
      ["content/news/Raid.md", 3, "date", "warning", 'date "soon" is not a date and is not used'],
    ]);
  });

  it("skips a file whose front-matter cannot be read, reported", () => {
    const { item, report } = read(post("Broken"), '+++\ntitle = "Broken\n+++\n');
    expect(item).toBeUndefined();
    expect(report.articles.skipped).toBe(1);
    expect(report.problems[0]?.line).toBe(2);
  });
});
