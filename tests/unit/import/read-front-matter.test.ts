import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AddressBook } from "../../../src/import/address-book.ts";
import { ImageShelf } from "../../../src/import/image-shelf.ts";
import { ImportReport } from "../../../src/import/import-report.ts";
import { readSourceFile } from "../../../src/import/read-front-matter.ts";

const context = () => ({
  zone: "UTC",
  book: new AddressBook(),
  images: new ImageShelf(mkdtempSync(join(tmpdir(), "newsdesk-fm-"))),
  report: new ImportReport("site"),
});

describe("readSourceFile with Hugo's front-matter", () => {
  it("reads TOML: strings, arrays, dates and tables", () => {
    const text =
      '+++\ntitle = "Europol raid"\ndate = 2024-03-05T08:00:00+02:00\ntags = ["Europol", "Moldova"]\n[params]\n  lead = true\n+++\nBody';
    const read = readSourceFile(text, "content/posts/raid.md", context());
    expect(read.ok && read.format).toBe("toml");
    expect(read.ok && read.data["title"]).toBe("Europol raid");
    expect(read.ok && (read.data["date"] as Date).toISOString()).toBe("2024-03-05T08:00:00.000+02:00");
    expect(read.ok && read.data["tags"]).toEqual(["Europol", "Moldova"]);
    expect(read.ok && read.data["params"]).toEqual({ lead: true });
    expect(read.ok && [read.body, read.bodyLine]).toEqual(["Body", 8]);
  });

  it("reports broken TOML at its line in the file (the open array)", () => {
    const ctx = context();
    const read = readSourceFile('+++\ntitle = "A"\ntags = [\n+++\n', "content/posts/a.md", ctx);
    expect(read.ok).toBe(false);
    expect(ctx.report.problems.map((p) => [p.file, p.line, p.field, p.severity])).toEqual([
      ["content/posts/a.md", 3, "front-matter", "error"],
    ]);
  });

  it("reads JSON front-matter", () => {
    const read = readSourceFile(
      '{\n  "title": "Phishing kit",\n  "draft": true\n}\nText',
      "content/posts/kit.md",
      context(),
    );
    expect(read.ok && [read.format, read.data, read.body, read.bodyLine]).toEqual([
      "json",
      { title: "Phishing kit", draft: true },
      "Text",
      5,
    ]);
  });
});
