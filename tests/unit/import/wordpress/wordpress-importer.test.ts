import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { AddressBook } from "../../../../src/import/address-book.ts";
import { ImageShelf } from "../../../../src/import/image-shelf.ts";
import { ImportReport } from "../../../../src/import/import-report.ts";
import type { ImportContext, ImportedDoc } from "../../../../src/import/imported.ts";
import { wordpressImporter } from "../../../../src/import/wordpress/wordpress-importer.ts";

const FIXTURE = join(import.meta.dirname, "../../../fixtures/import/wordpress");
const importer = wordpressImporter(join(FIXTURE, "export.xml"), { uploads: join(FIXTURE, "uploads") });
let context: ImportContext;
let docs: ImportedDoc[];
const doc = (id: string) => docs.find((d) => d.key === `wordpress:${id}`)!;

beforeAll(async () => {
  context = {
    zone: "Europe/London",
    book: new AddressBook(),
    images: new ImageShelf(mkdtempSync(join(tmpdir(), "wp-import-"))),
    report: new ImportReport("export.xml"),
  };
  docs = [];
  for await (const d of importer.read(context)) docs.push(d);
});

describe("wordpressImporter", () => {
  it("probes the channel header", async () => {
    expect(await importer.probe()).toEqual({
      title: "Harbour Watch",
      url: "https://news.example.org",
      description: "Cybercrime and security news & advisories",
      language: "en-GB",
    });
  });

  it("yields posts and pages only: not trash, auto-drafts, attachments, revisions, menus or custom types", () => {
    expect(docs.map((d) => `${d.kind} ${d.key.slice(10)}`)).toEqual(
      [
        ...["101", "102", "103", "104", "105", "106", "107", "108", "109", "110", "113", "114", "115", "116", "117"],
        ...["118", "122", "123", "124"],
      ]
        .map((id) => `article ${id}`)
        .concat(["page 201", "page 202"])
        .concat(
          ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "140", "141"].map(
            (id) => `article ${id}`,
          ),
        ),
    );
    expect(context.report.skippedItems).toEqual([
      { source: "export.xml: post 111", why: "in the trash" },
      { source: "export.xml: product 119", why: "custom post type 'product': newsdesk has articles and pages only" },
    ]);
    expect(context.report.articles.skipped).toBe(2);
  });

  it("decodes titles, in any script, and gives a blank one a fallback and a problem", () => {
    expect(doc("101").title).toBe("Europol takes down “Harbourlock” botnet infrastructure");
    expect(doc("102").title).toBe("Cảnh báo: lỗ hổng nghiêm trọng trong bộ định tuyến");
    expect(doc("104").title).toBe("Behörden warnen vor Phishing-Welle über Weihnachten");
    expect(doc("105").title).toBe("Кіберполіція України затримала операторів шкідливого ПЗ");
    expect(doc("117").title).toBe("Malware loader uses signed drivers");
    expect(doc("116").title).toBe("Emergency patch released for VPN gateways after mass…");
    expect(context.report.problems.filter((p) => p.field === "title").map((p) => p.message)).toEqual([
      "post 116 has no title; imported as 'Emergency patch released for VPN gateways after mass…'",
    ]);
  });

  it("dates from post_date_gmt, a draft's from post_date in the site's zone, updated when later", () => {
    expect(doc("103").date!.toUTC().toISO()).toBe("2024-04-02T10:00:00.000Z");
    expect(doc("106").date!.toISO()).toBe("2024-05-02T10:00:00.000+01:00");
    expect(doc("108").date!.toUTC().toISO()).toBe("2027-01-15T09:00:00.000Z");
    expect(doc("118").updated!.toUTC().toISO()).toBe("2024-07-05T15:00:00.000Z");
    expect(doc("101").updated).toBeUndefined();
    expect(doc("201").date).toBeUndefined();
  });

  it("makes a sticky post featured, and no other", () => {
    expect(docs.filter((d) => d.featured).map((d) => d.key)).toEqual(["wordpress:141"]);
  });

  it("marks draft, pending, private and password-protected posts as drafts; a scheduled one is dated", () => {
    const drafts = docs.filter((d) => d.draft).map((d) => d.key.slice(10));
    expect(drafts).toEqual(["106", "107", "109", "110"]);
    expect(doc("108").draft).toBe(false);
  });

  it("claims addresses: slugs from post_name or the title, a shared slug in two months both kept", () => {
    const paths = ["101", "102", "104", "105", "106", "113", "114", "201", "202"].map(
      (id) => context.book.addressOf(`wordpress:${id}`)!.path,
    );
    expect(paths).toEqual([
      "/2024/03/europol-botnet-takedown/",
      "/2024/03/canh-bao-lo-hong-bo-dinh-tuyen/",
      "/2024/04/behoerden-warnen-vor-phishing-welle/",
      "/2024/04/kiberpolitsiya-zatrimala-operatoriv/",
      "/2024/05/ncsc-advisory-notes/",
      "/2024/01/patch-roundup/",
      "/2024/02/patch-roundup/",
      "/about/",
      "/team/",
    ]);
    expect(doc("114").slug).toBe("patch-roundup");
  });

  it("keeps old addresses as aliases, each on one item only and never a new address", () => {
    expect(doc("101").aliases).toEqual([
      "/2024/03/05/europol-botnet-takedown/",
      "/europol-botnet-takedown/",
      "/?p=101",
      "/2024/03/05/botnet-takedown/",
      "/botnet-takedown/",
    ]);
    expect(doc("113").aliases).toEqual(["/2024/01/10/patch-roundup/", "/patch-roundup/", "/?p=113"]);
    expect(doc("114").aliases).toEqual(["/2024/02/13/patch-roundup/", "/?p=114"]);
    expect(doc("104").aliases).toEqual([
      "/2024/04/10/beh%c3%b6rden-warnen-vor-phishing-welle/",
      "/beh%c3%b6rden-warnen-vor-phishing-welle/",
      "/?p=104",
    ]);
    expect(doc("123").aliases.slice(3)).toEqual([
      "/2024/06/12/sanctions-host/",
      "/sanctions-host/",
      "/2024/06/12/Sanctions-Host-Old/",
      "/Sanctions-Host-Old/",
    ]);
    expect(doc("106").aliases).toEqual(["/?p=106"]);
    expect(doc("201").aliases).toEqual(["/?page_id=201"]);
    expect(doc("202").aliases).toEqual(["/about/team/", "/?page_id=202", "/about/people/"]);
  });

  it("maps authors, terms (names, without Uncategorized), summary and the featured image", () => {
    expect(doc("101").authors).toEqual(["Mira Kovač"]);
    expect(doc("118").authors).toEqual(["Tom Ellis"]);
    expect(doc("101").terms).toEqual(["Takedowns", "Europol", "France", "FBI"]);
    expect(doc("103").terms).toEqual(["Ransomware", "UK", "NCA"]);
    expect(doc("113").terms).toEqual([]);
    expect(doc("101").summary).toBe("Police in six countries seized 40 servers & arrested two suspects.");
    expect(doc("101").image).toEqual({
      path: "images/2024/03/takedown-servers.png",
      alt: "Racks of seized servers in a data centre",
    });
    expect(doc("115").image).toBeUndefined();
  });

  it("converts bodies: block comments gone, captions as figures, lists, code and tables", () => {
    expect(doc("101").body).toBe(
      "Police in six countries seized the servers behind the Harbourlock botnet on Tuesday, in an operation coordinated by Europol.\n\n" +
        "![Racks of seized servers](images/2024/03/takedown-servers.png)\n\n*Servers seized in the operation*\n\n" +
        "## What was seized\n\n- 40 command servers\n- Two domains",
    );
    expect(doc("102").body).toContain(
      "A flaw in a popular home router lets attackers run code without logging in.\\\nThe vendor has released a fix.",
    );
    expect(doc("102").body).toContain(
      "```bash\ncurl -s http://192.0.2.1/cgi-bin/status\n\n# check the firmware version\n```",
    );
    expect(doc("102").body).toContain("| Model | Fixed in |\n| --- | --- |\n| HR-200 | 2.4.1 |\n| HR-300 | 3.1.0 |");
  });

  it("rewrites links into the old site to the new addresses and reports the dead one", () => {
    expect(doc("102").body).toContain(
      "Read how [Europol took down Harbourlock](/2024/03/europol-botnet-takedown/), the [charges in April](/2024/04/lockbit-affiliate-charged/) and [the German warning](/2024/04/behoerden-warnen-vor-phishing-welle/).",
    );
    expect(doc("102").body).toContain(
      "[lost link](https://news.example.org/2019/01/01/nothing-here/). Another site: [CISA](https://www.cisa.gov/news)",
    );
    expect(doc("135").body).toBe("Read [about Harbour Watch](/about/) and meet [the team](/team/).");
    expect(context.report.links).toEqual({
      rewritten: 6,
      dead: [{ source: "export.xml: post 102", detail: "https://news.example.org/2019/01/01/nothing-here/" }],
    });
  });

  it("places uploads (the unsized file for a -300x200 name) and keeps a missing one, and other images of the old site, as absolute URLs", () => {
    expect(doc("115").body).toBe(
      "![Traffic dashboard](images/2024/04/dashboard.png)\n\n" +
        "![Chart](https://news.example.org/wp-content/uploads/2024/05/missing-chart.png)\n\n" +
        "![Ransom note](images/2024/04/ransom-note.png)\n\n" +
        "![Site logo](https://news.example.org/logo.png) ![CISA chart](https://www.cisa.gov/chart.png)",
    );
    expect(doc("103").body).toContain(
      "![Racks of seized servers in a data centre](images/2024/03/takedown-servers.png)\n\n![Europol briefing room](images/2024/03/europol-briefing.png)",
    );
    expect(doc("103").body).toContain(
      "Prosecutors charged a LockBit affiliate on Tuesday.\\\n![The ransom note left on encrypted machines](images/2024/04/ransom-note.png)",
    );
    expect(context.images.placed().map((p) => p.to)).toEqual([
      "images/2024/03/takedown-servers.png",
      "images/2024/04/ransom-note.png",
      "images/2024/03/europol-briefing.png",
      "images/2024/04/dashboard.png",
    ]);
    expect(context.report.images.missing).toEqual([
      {
        source: "export.xml: post 115",
        detail: "https://news.example.org/wp-content/uploads/2024/05/missing-chart.png",
      },
      {
        source: "export.xml: post 115",
        detail: "featured image https://news.example.org/wp-content/uploads/2024/05/missing-chart.png",
      },
    ]);
  });

  it("embeds videos as allowed frames, removes login and form shortcodes, and leaves the unknown ones reported", () => {
    expect(doc("104").body).toBe(
      "Germany's BSI expects a wave of parcel-delivery phishing.\n\n" +
        '<iframe src="https://www.youtube-nocookie.com/embed/Zx9yQ7rT3pA" title="YouTube video Zx9yQ7rT3pA"></iframe>\n\n' +
        '<iframe src="https://www.youtube-nocookie.com/embed/abcDEF12345" title="YouTube video abcDEF12345"></iframe>\n\n' +
        '<iframe src="https://player.vimeo.com/video/123456789" title="Vimeo video 123456789"></iframe>',
    );
    expect(doc("105").body).toBe(
      'Ukraine\'s cyber police detained three suspects.\n\n[pullquote align="right"]We found the keys on a USB stick.[/pullquote]',
    );
    expect(doc("122").body).toBe(
      "French police arrested two people.\n\n" +
        '<iframe src="https://www.youtube-nocookie.com/embed/Qm4nB8xYz1c" title="YouTube video Qm4nB8xYz1c"></iframe>\n\n' +
        "The prosecutor's statement\n\n| Suspect | Charge |\n| --- | --- |\n| A   | Fraud |",
    );
    expect(doc("123").body).toBe('[unknown_widget id="7"]\n\nThe NCA named the host.');
    expect(doc("130").body).toBe(
      "Our reporter explains the kit market in a short talk.\n\n" +
        '<iframe src="https://player.vimeo.com/video/76979871" title="Vimeo video 76979871"></iframe>',
    );
    expect(doc("140").body).toBe(
      "![Europol briefing room](images/2024/03/europol-briefing.png)\n\n*The briefing room in The Hague*\n\nOfficers of the Dutch High Tech Crime Unit showed reporters the seized racks.",
    );
    expect(context.report.convertedMarkup.shortcode).toEqual({
      caption: 2,
      gallery: 2,
      embed: 4,
      youtube: 1,
      video: 1,
      "s2Member-Login": 1,
      "contact-form-7": 1,
    });
    expect(context.report.leftMarkup.shortcode).toEqual({
      pullquote: [
        {
          source: "export.xml: post 105",
          line: 7,
          detail: '[pullquote align="right"]We found the keys on a USB stick.[/pullquote]',
        },
      ],
      unknown_widget: [{ source: "export.xml: post 123", line: 1, detail: '[unknown_widget id="7"]' }],
    });
  });

  it("keeps HTML Markdown has no form for, and drops and reports scripts and foreign frames", () => {
    expect(doc("117").body).toBe(
      'Press <kbd>Ctrl</kbd>+<kbd>C</kbd>; CVSS 9<sup>8</sup> per <abbr title="Cybersecurity and Infrastructure Security Agency">CISA</abbr>.\n\n' +
        "<details><summary>Indicators</summary><p>hash-one</p></details>\n\n[Tracker](https://tracker.example.net/frame)\n\n" +
        '<table><tbody><tr><td colspan="2">Merged</td></tr><tr><td>a</td><td>b</td></tr></tbody></table>',
    );
    expect(context.report.problems.filter((p) => p.field === "body").map((p) => p.message)).toEqual([
      "post 117: <script> dropped from the body",
      "post 117: <iframe> dropped from the body",
    ]);
  });
});
