import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AddressBook } from "../../../../src/import/address-book.ts";
import { ImageShelf } from "../../../../src/import/image-shelf.ts";
import { ImportReport } from "../../../../src/import/import-report.ts";
import type { ImportContext, ImportedDoc } from "../../../../src/import/imported.ts";
import { jekyllImporter } from "../../../../src/import/jekyll/jekyll-importer.ts";

const SITE = resolve("tests/fixtures/import/jekyll");
let out: string;
let ctx: ImportContext;
let docs: ImportedDoc[];
const doc = (key: string) => docs.find((d) => d.key === `jekyll:${key}`)!;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "newsdesk-jekyll-"));
  ctx = { zone: "Europe/London", book: new AddressBook(), images: new ImageShelf(out), report: new ImportReport(SITE) };
  docs = [];
  for await (const d of jekyllImporter(SITE).read(ctx)) docs.push(d);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("jekyllImporter", () => {
  it("knows the site from _config.yml", async () => {
    expect(await jekyllImporter(SITE).probe()).toEqual({
      title: "Harbour Watch",
      url: "https://news.harbourwatch.example",
      description: "Takedowns, advisories and ransomware news for the port and logistics sector.",
      language: "en-GB",
      timezone: "Europe/Berlin",
    });
  });

  it("yields the posts, the draft and the page, and skips the post whose front-matter cannot be read", () => {
    expect(docs.map((d) => [d.kind, d.title])).toEqual([
      ["article", "Interpol operation against shipping fraud"],
      ["article", "Europol takes down the Quayside botnet"],
      ["article", "NCSC advisory: patch Exchange servers now"],
      ["article", "Weekly roundup: Interpol, CISA and a ransomware payout"],
      ["article", "Weekly roundup: Dutch police and a phishing kit"],
      ["article", "CISA publishes its ransomware report"],
      ["article", "Port operator pays ransom"],
      ["article", "Interpol's Operation HAECHI recovers stolen funds"],
      ["page", "About Harbour Watch"],
    ]);
    expect(ctx.report.skippedItems).toEqual([
      {
        source: "_posts/2021-07-02-Broken-Front-Matter.md",
        why: 'front-matter cannot be read: Missing closing "quote (line 3)',
      },
    ]);
    expect(ctx.report.problems).toEqual([
      {
        file: "_posts/2021-07-02-Broken-Front-Matter.md",
        line: 3,
        column: 1,
        field: "front-matter",
        severity: "error",
        message: 'front-matter cannot be read: Missing closing "quote',
      },
    ]);
  });

  it("reads dates in the site's time zone, the front-matter's date over the file name's", () => {
    expect(doc("_posts/2021-03-09-Europol-Takes-Down-Botnet.md").date?.toISO()).toBe("2021-03-09T00:00:00.000+01:00");
    expect(doc("_posts/2021-04-14-NCSC-Advisory-Exchange.md").date?.toISO()).toBe("2021-04-14T18:30:00.000+01:00");
    expect(doc("_posts/2021-09-30-Held-Back-Story.md").date?.toISO()).toBe("2021-10-01T09:30:00.000+02:00");
    expect(doc("about.md").date).toBeUndefined();
  });

  it("keeps the old addresses with their capitals, redirect_from and a post's own permalink; not one that is the new address", () => {
    expect(doc("_posts/2021-03-09-Europol-Takes-Down-Botnet.md").aliases).toEqual([
      "/news/2021/03/09/Europol-Takes-Down-Botnet/",
      "/2021/03/quayside-botnet.html",
      "/news/quayside/",
    ]);
    expect(doc("_posts/2021-09-30-Held-Back-Story.md").aliases).toEqual(["/news/2021/10/01/Held-Back-Story/"]);
    expect(doc("_posts/2021-06-17-Weekly-Roundup.md").aliases).toEqual(["/roundups/2021/6/weekly-roundup.html"]);
    expect(doc("about.md").aliases).toEqual([]);
  });

  it("gives slugs from the file name, two posts sharing one in different months both kept", () => {
    expect(docs.map((d) => d.slug)).toEqual([
      "interpol-operation-notes",
      "europol-takes-down-botnet",
      "ncsc-advisory-exchange",
      "weekly-roundup",
      "weekly-roundup",
      "ransomware-report-moved",
      "held-back-story",
      "interpol-operation-haechi",
      "about",
    ]);
    expect(ctx.book.addressOf("jekyll:_posts/2021-05-20-Weekly-Roundup.md")?.path).toBe("/2021/05/weekly-roundup/");
    expect(ctx.book.addressOf("jekyll:_posts/2021-06-17-Weekly-Roundup.md")?.path).toBe("/2021/06/weekly-roundup/");
  });

  it("makes drafts of _drafts and published: false, and a link post of redirect_to", () => {
    expect(docs.filter((d) => d.draft).map((d) => d.key)).toEqual([
      "jekyll:_drafts/Interpol-Operation-Notes.md",
      "jekyll:_posts/2021-09-30-Held-Back-Story.md",
    ]);
    const moved = doc("_posts/2021-08-11-Ransomware-Report-Moved.md");
    expect(moved.link).toBe("https://advisories.example.org/2021/ransomware-report");
    expect(moved.body).toBe("");
  });

  it("reads terms, authors and the summary as plain text, repairing the front-matter Jekyll tolerated", () => {
    const botnet = doc("_posts/2021-03-09-Europol-Takes-Down-Botnet.md");
    expect(botnet.terms).toEqual(["Takedowns", "Europol", "Germany", "botnet"]);
    expect(botnet.authors).toEqual(["Marta Kowalczyk"]);
    expect(botnet.summary).toBe("Police in six countries seized servers used to steer the botnet.");
    expect(doc("_posts/2021-04-14-NCSC-Advisory-Exchange.md").summary).toBe(
      "The NCSC urges organisations to patch on-premises Exchange servers before attackers return.",
    );
    expect(doc("_posts/2021-06-17-Weekly-Roundup.md").authors).toEqual(["Marta Kowalczyk", "Tom Ellery"]);
    expect(ctx.report.repairs.map((r) => [r.source, r.line, r.detail])).toEqual([
      ["_posts/2021-03-09-Europol-Takes-Down-Botnet.md", 7, "tab indentation replaced by spaces"],
      ["_posts/2021-03-09-Europol-Takes-Down-Botnet.md", 8, "tab indentation replaced by spaces"],
      ["_posts/2021-03-09-Europol-Takes-Down-Botnet.md", 9, "tab indentation replaced by spaces"],
      ["_posts/2021-04-14-NCSC-Advisory-Exchange.md", 3, 'value of title with an unquoted ": " quoted'],
      ["_posts/2021-04-14-NCSC-Advisory-Exchange.md", 9, "continuation of summary at column 0 indented"],
    ]);
  });

  it("converts Liquid, copies the image from assets/ and reports what it left", () => {
    const body = doc("_posts/2021-03-09-Europol-Takes-Down-Botnet.md").body;
    expect(body).toContain("on Tuesday.\n\n![Seized server rack](images/2021/03/seized-server.png)\n\nInvestigators");
    expect(doc("_posts/2021-03-09-Europol-Takes-Down-Botnet.md").image).toEqual({
      path: "images/2021/03/seized-server.png",
      alt: "A rack of servers with police evidence tags",
    });
    expect(body).toContain("```bash\ngrep -E 'quayside-c2\\.(net|org)' /var/log/proxy.log\n```");
    expect(body).toContain("Operators templated their lures with {{ victim.name }} and {% if urgent %} blocks.");
    expect(body).not.toContain("Editor: check");
    expect(ctx.images.placed()).toEqual([
      { from: join(SITE, "assets/img/seized-server.png"), to: "images/2021/03/seized-server.png" },
    ]);
    expect(ctx.report.images.missing).toEqual([
      {
        source: "_posts/2021-04-14-NCSC-Advisory-Exchange.md",
        line: 21,
        detail:
          "image /assets/img/missing-map.png is not in the source: shown from the old site, https://news.harbourwatch.example/assets/img/missing-map.png",
      },
    ]);
    expect(
      Object.fromEntries(Object.entries(ctx.report.leftMarkup.liquid).map(([k, v]) => [k, v.map((i) => i.line)])),
    ).toEqual({
      include: [33],
      cve: [11],
      "{{ page.author }}": [23],
    });
    expect(existsSync(join(out, "images"))).toBe(false);
  });

  it("turns an HTML post into Markdown after its Liquid", () => {
    expect(doc("_posts/2021-10-12-Interpol-Operation-Haechi.html").body).toBe(
      "Interpol said **Operation HAECHI** recovered funds stolen in invoice fraud across [34 countries](/2021/04/ncsc-advisory-exchange/).\n\n![Seized server](images/2021/03/seized-server.png)\n\n-   Spain\n-   South Korea",
    );
  });

  it("shows an image the source lacks from the old site", () => {
    expect(doc("_posts/2021-04-14-NCSC-Advisory-Exchange.md").body).toContain(
      "![Map of affected servers](https://news.harbourwatch.example/assets/img/missing-map.png)",
    );
  });

  it("writes post_url, link, url filters and links to old addresses as the new addresses", () => {
    const body = doc("_posts/2021-04-14-NCSC-Advisory-Exchange.md").body;
    expect(body).toContain(
      "It follows the [Quayside takedown](/2021/03/europol-takes-down-botnet/) and our\n[earlier report](/2021/03/europol-takes-down-botnet/); see also\n[the archive](/2021/03/europol-takes-down-botnet/) and the\n[about page](/about/).",
    );
    expect(body).toContain("Full text on [our site](/2021/03/europol-takes-down-botnet/).");
    expect(doc("about.md").body).toBe(
      "Harbour Watch follows cyber incidents that touch ports, shipping lines and freight forwarders.\n\nRead our [first takedown story](/2021/03/europol-takes-down-botnet/).",
    );
    expect(ctx.report.convertedMarkup.liquid).toEqual({
      comment: 1,
      relative_url: 1,
      highlight: 1,
      raw: 1,
      post_url: 2,
      link: 1,
      "site.baseurl": 3,
      absolute_url: 1,
      "site.url": 1,
      prepend: 1,
    });
    expect(ctx.report.links.rewritten).toBe(3);
    expect(body).toContain("See [our corrections policy](https://news.harbourwatch.example/corrections/).");
    expect(ctx.report.links.dead).toEqual([
      {
        source: "_posts/2021-04-14-NCSC-Advisory-Exchange.md",
        line: 25,
        detail:
          "link /corrections/ is answered by no imported item: pointed at the old site, https://news.harbourwatch.example/corrections/",
      },
    ]);
  });
});
