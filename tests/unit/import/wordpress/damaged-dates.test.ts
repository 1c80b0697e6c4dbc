import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AddressBook } from "../../../../src/import/address-book.ts";
import { ImageShelf } from "../../../../src/import/image-shelf.ts";
import { ImportReport } from "../../../../src/import/import-report.ts";
import type { ImportedDoc } from "../../../../src/import/imported.ts";
import { wordpressImporter } from "../../../../src/import/wordpress/wordpress-importer.ts";

const NS = 'xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"';

const post = (id: string, date: string, modified: string) => `<item>
<title>Advisory ${id}</title>
<content:encoded><![CDATA[<p>NCSC advisory.</p>]]></content:encoded>
<wp:post_id>${id}</wp:post_id>
<wp:post_date>${date}</wp:post_date>
<wp:post_date_gmt>${date}</wp:post_date_gmt>
<wp:post_modified_gmt>${modified}</wp:post_modified_gmt>
<wp:post_name>advisory-${id}</wp:post_name>
<wp:status>publish</wp:status>
<wp:post_type>post</wp:post_type>
</item>
`;

describe("wordpressImporter, a published post whose post_date is no date", () => {
  it("dates it by its last change, or with no date at all writes it as a page, and tells both", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "wp-dates-")), "export.xml");
    writeFileSync(
      file,
      `<rss ${NS}>\n<channel>\n<link>https://news.example.org</link>\n` +
        post("7", "not a date", "2024-03-06 10:00:00") +
        post("8", "0000-00-00 00:00:00", "0000-00-00 00:00:00") +
        `</channel>\n</rss>\n`,
    );
    const context = {
      zone: "Europe/London",
      book: new AddressBook(),
      images: new ImageShelf(mkdtempSync(join(tmpdir(), "wp-dates-"))),
      report: new ImportReport("export.xml"),
    };
    const docs: ImportedDoc[] = [];
    for await (const doc of wordpressImporter(file, {}).read(context)) docs.push(doc);
    expect(docs.map((d) => [d.key, d.kind, d.date?.toUTC().toISO()])).toEqual([
      ["wordpress:7", "article", "2024-03-06T10:00:00.000Z"],
      ["wordpress:8", "article", undefined],
    ]);
    expect(context.book.addressOf("wordpress:7")?.path).toBe("/2024/03/advisory-7/");
    expect(context.report.problems.map((p) => [p.line, p.field, p.severity, p.message, p.suggestion])).toEqual([
      [
        4,
        "date",
        "warning",
        "post 7's post_date 'not a date' is no date; dated from its last change, 2024-03-06 10:00:00",
        "check date: in the imported file",
      ],
      [
        15,
        "date",
        "warning",
        "post 8's post_date '0000-00-00 00:00:00' is no date, nor is any other date of it; written as a page",
        "give it a date: and move it under articles/YYYY/MM/, or keep it as a page",
      ],
    ]);
  });
});
