import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { documentText } from "../../../src/import/front-matter-out.ts";
import { parseFrontMatter } from "../../../src/content/front-matter.ts";
import { articleFrontMatterSchema } from "../../../src/content/schema.ts";
import type { ImportedDoc } from "../../../src/import/imported.ts";

const doc: ImportedDoc = {
  kind: "article",
  key: "wordpress:12",
  source: "export.xml: post 12",
  title: "Operation Cronos: LockBit's leak site seized",
  date: DateTime.fromISO("2024-02-19T21:30:00Z"),
  updated: DateTime.fromISO("2024-02-20T08:00:00Z"),
  summary: "Police from ten countries took over the group's infrastructure.",
  authors: ["Ana Ribeiro"],
  terms: [],
  draft: true,
  slug: "lockbit-leak-site-seized",
  aliases: ["/2024/02/19/lockbit-leak-site-seized/", "/?p=12"],
  body: "Officers replaced the leak site with a notice.\n\n",
};
const entities = { agencies: ["Europol"], outlets: [], countries: ["United Kingdom"], topics: ["ransomware"] };

describe("documentText", () => {
  it("writes front-matter in the editors' order, dates in the site's zone, and the body", () => {
    expect(documentText(doc, entities, "Europe/London")).toBe(
      [
        "---",
        'title: "Operation Cronos: LockBit\'s leak site seized"',
        "date: 2024-02-19T21:30:00+00:00",
        "updated: 2024-02-20T08:00:00+00:00",
        "summary: Police from ten countries took over the group's infrastructure.",
        "author: Ana Ribeiro",
        "agencies:",
        "  - Europol",
        "countries:",
        "  - United Kingdom",
        "topics:",
        "  - ransomware",
        "draft: true",
        "aliases:",
        "  - /2024/02/19/lockbit-leak-site-seized/",
        "  - /?p=12",
        "---",
        "",
        "Officers replaced the leak site with a notice.",
        "",
      ].join("\n"),
    );
  });

  it("writes featured for a sticky post, before draft, and never on a page", () => {
    expect(documentText({ ...doc, featured: true }, entities, "UTC")).toContain(
      "  - ransomware\nfeatured: true\ndraft: true\n",
    );
    expect(documentText({ ...doc, kind: "page", featured: true }, entities, "UTC")).not.toContain("featured");
  });

  it("gives text newsdesk's own parser and schema read back as written", () => {
    const parsed = parseFrontMatter(
      documentText({ ...doc, aliases: [], title: "“Quoted” — #1: yes" }, entities, "Asia/Tokyo"),
      "a.md",
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const data = articleFrontMatterSchema.parse(parsed.file.data);
    expect(data.title).toBe("“Quoted” — #1: yes");
    expect(String(parsed.file.data.date)).toBe("2024-02-20T06:30:00+09:00");
  });
});
