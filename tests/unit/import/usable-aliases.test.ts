import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { AddressBook } from "../../../src/import/address-book.ts";
import { ImportReport } from "../../../src/import/import-report.ts";
import { usableAliases } from "../../../src/import/usable-aliases.ts";
import type { ImportedDoc } from "../../../src/import/imported.ts";

const doc = (key: string, slug: string, aliases: string[]): ImportedDoc => ({
  kind: "article",
  key,
  source: `export.xml: post ${key}`,
  title: slug,
  date: DateTime.fromISO("2024-03-05T09:00:00Z"),
  authors: [],
  terms: [],
  draft: false,
  slug,
  aliases,
  body: "",
});

describe("usableAliases", () => {
  it("keeps old addresses check accepts and drops, with a warning, those it would refuse", () => {
    const book = new AddressBook();
    book.claim("1", "takedown", DateTime.fromISO("2024-03-05T09:00:00Z"));
    book.claim("2", "arrests", DateTime.fromISO("2024-03-06T09:00:00Z"));
    const report = new ImportReport("export.xml");
    const claimed = new Map<string, string>();
    const first = usableAliases(
      doc("1", "takedown", ["/2024/03/05/takedown/", "/2024/03/Takedown/", "/?p=1", "/a b/", "/2024/03/arrests/"]),
      "UTC",
      book,
      claimed,
      report,
    );
    expect(first.aliases).toEqual(["/2024/03/05/takedown/", "/?p=1"]);
    const second = usableAliases(doc("2", "arrests", ["/?p=1", "/2024/03/06/arrests/"]), "UTC", book, claimed, report);
    expect(second.aliases).toEqual(["/2024/03/06/arrests/"]);
    expect(report.problems.map((p) => p.message)).toEqual([
      "old address /a b/ not kept: it contains a space, tab, newline or control character",
      "old address /2024/03/arrests/ not kept: it is the new address of another imported item",
      "old address /?p=1 not kept: it is already an old address of 1",
    ]);
    expect(report.problems.every((p) => p.severity === "warning" && p.field === "aliases")).toBe(true);
  });
});
