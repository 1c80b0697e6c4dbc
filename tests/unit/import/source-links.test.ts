import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AddressBook } from "../../../src/import/address-book.ts";
import { ImageShelf } from "../../../src/import/image-shelf.ts";
import { ImportReport } from "../../../src/import/import-report.ts";
import type { ImportedDoc } from "../../../src/import/imported.ts";
import { hugoImporter } from "../../../src/import/hugo/hugo-importer.ts";
import { jekyllImporter } from "../../../src/import/jekyll/jekyll-importer.ts";
import { LINK_SKIPPED, linksUnder } from "../../../src/import/source-links.ts";

const POST = "---\ntitle: Europol seizes servers\n---\nThe servers were seized.\n";

function site(folder: string): { dir: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), "source-links-"));
  const dir = join(base, "site");
  mkdirSync(join(dir, folder, "2021"), { recursive: true });
  writeFileSync(join(base, "leak.md"), POST);
  return { dir, outside: join(base, "leak.md") };
}

async function read(importer: ReturnType<typeof jekyllImporter>) {
  const context = {
    zone: "UTC",
    book: new AddressBook(),
    images: new ImageShelf(mkdtempSync(join(tmpdir(), "source-links-"))),
    report: new ImportReport("site"),
  };
  const docs: ImportedDoc[] = [];
  for await (const doc of importer.read(context)) docs.push(doc);
  return { docs, report: context.report };
}

describe("links in a site's folder", () => {
  it("are listed, in folders too, and a Jekyll post kept as one is reported skipped, never read", async () => {
    const { dir, outside } = site("_posts");
    writeFileSync(join(dir, "_posts", "2021-03-09-own.md"), POST);
    symlinkSync(outside, join(dir, "_posts", "2021", "2021-11-01-leak.md"));
    expect(linksUnder(dir, "_posts")).toEqual(["_posts/2021/2021-11-01-leak.md"]);
    const { docs, report } = await read(jekyllImporter(dir));
    expect(docs.map((d) => d.key)).toEqual(["jekyll:_posts/2021-03-09-own.md"]);
    expect(report.skippedItems).toEqual([{ source: "_posts/2021/2021-11-01-leak.md", why: LINK_SKIPPED }]);
  });

  it("under a Hugo site's content/ are reported skipped", async () => {
    const { dir, outside } = site("content/posts");
    symlinkSync(outside, join(dir, "content", "posts", "leak.md"));
    const { docs, report } = await read(hugoImporter(dir));
    expect(docs).toEqual([]);
    expect(report.skippedItems).toEqual([{ source: "content/posts/leak.md", why: LINK_SKIPPED }]);
  });
});
