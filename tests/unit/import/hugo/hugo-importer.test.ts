import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AddressBook } from "../../../../src/import/address-book.ts";
import { hugoImporter } from "../../../../src/import/hugo/hugo-importer.ts";
import { ImageShelf } from "../../../../src/import/image-shelf.ts";
import { ImportReport } from "../../../../src/import/import-report.ts";
import type { ImportContext, ImportedDoc } from "../../../../src/import/imported.ts";

const SITE = resolve("tests/fixtures/import/hugo");
let out: string;
let ctx: ImportContext;
let docs: ImportedDoc[];
const doc = (rel: string) => docs.find((d) => d.key === `hugo:content/${rel}`)!;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "newsdesk-hugo-"));
  ctx = { zone: "UTC", book: new AddressBook(), images: new ImageShelf(out), report: new ImportReport(SITE) };
  docs = [];
  for await (const d of hugoImporter(SITE).read(ctx)) docs.push(d);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("hugoImporter", () => {
  it("knows the site from config.toml", async () => {
    expect(await hugoImporter(SITE).probe()).toEqual({
      title: "Cyberwire Desk",
      url: "https://cyberwire.example",
      language: "en-us",
      timezone: "America/New_York",
    });
  });

  it("yields section pages as articles and the root page as a page, list pages left out, a lead image without alt warned of", () => {
    expect(docs.map((d) => [d.kind, d.title, d.draft])).toEqual([
      ["page", "About the desk", false],
      ["article", "Weekly note", false],
      ["article", "Exchange flaw exploited by state hackers", false],
      ["article", "Phishing kit sold to fraudsters", true],
      ["article", "US charges two LockBit affiliates", false],
      ["article", "Police raid a bulletproof host in Moldova", false],
    ]);
    expect(ctx.report.skippedItems).toEqual([]);
    expect(ctx.report.problems).toEqual([
      {
        file: "content/posts/raid-on-bulletproof-host/index.md",
        line: 6,
        column: 1,
        field: "image",
        severity: "warning",
        message:
          "lead image raid.png has no text alternative (image_alt): not imported; add image and image_alt by hand",
      },
    ]);
  });

  it("reads dates without an offset in the site's zone, lastmod as updated only when later", () => {
    const lockbit = doc("posts/lockbit-affiliates-charged.md");
    expect(lockbit.date?.toISO()).toBe("2024-02-20T00:00:00.000-05:00");
    expect(lockbit.updated?.toISO()).toBe("2024-02-22T09:15:00.000-05:00");
    expect(doc("notes/2023/Weekly-Note.md").date?.toISO()).toBe("2023-06-02T00:00:00.000-04:00");
    const exchange = doc("posts/Exchange-Flaw-Exploited.md");
    expect(exchange.date?.toISO()).toBe("2023-11-30T22:30:00.000-05:00");
    expect(exchange.updated).toBeUndefined();
  });

  it("gives old addresses from [permalinks], Hugo's lowercased default, url: as written, and aliases", () => {
    expect(doc("posts/lockbit-affiliates-charged.md").aliases).toEqual([
      "/2024/02/us-charges-two-lockbit-affiliates/",
      "/news/lockbit-charges/",
      "/2024/02/lockbit-old",
    ]);
    expect(doc("posts/Exchange-Flaw-Exploited.md").aliases).toEqual([
      "/2023/11/exchange-flaw-exploited-by-state-hackers/",
    ]);
    expect(doc("notes/2023/Weekly-Note.md").aliases).toEqual(["/notes/2023/weekly-note/"]);
    expect(doc("posts/raid-on-bulletproof-host/index.md").aliases).toEqual(["/investigations/Bulletproof-Raid/"]);
    expect(doc("about.md").aliases).toEqual([]);
  });

  it("claims new addresses in the target zone: a bundle by its folder's name", () => {
    expect(docs.map((d) => ctx.book.addressOf(d.key)?.path)).toEqual([
      "/about/",
      "/2023/06/weekly-note/",
      "/2023/12/exchange-flaw-exploited/",
      "/2024/04/draft-phishing-kit/",
      "/2024/02/lockbit-affiliates-charged/",
      "/2024/03/raid-on-bulletproof-host/",
    ]);
  });

  it("reads terms, authors and the summary as plain text", () => {
    const lockbit = doc("posts/lockbit-affiliates-charged.md");
    expect(lockbit.terms).toEqual(["Indictments", "LockBit", "ransomware", "FBI"]);
    expect(lockbit.authors).toEqual(["Dana Whitfield"]);
    expect(lockbit.summary).toBe("Prosecutors in New Jersey unsealed charges against two affiliates.");
    expect(doc("posts/Exchange-Flaw-Exploited.md").summary).toBe(
      "CISA and the NCSC say a state group is exploiting the flaw.",
    );
    expect(doc("posts/Exchange-Flaw-Exploited.md").authors).toEqual(["Priya Raman"]);
  });

  it("converts figure, youtube, highlight and ref, copying static and bundle images", () => {
    expect(doc("posts/Exchange-Flaw-Exploited.md").body).toBe(
      [
        "CISA and the UK's NCSC published a joint advisory on Thursday.",
        "![The attack chain](images/2023/12/exchange-chain.png)",
        "*The attack chain, as CISA drew it*",
        '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="CISA briefing on the Exchange flaw"></iframe>',
        "```text\nPOST /owa/auth/x.js HTTP/1.1\n```",
        '{{< tweet user="CISAgov" id="1234567890" >}}',
        "See [the LockBit charges](/2024/02/lockbit-affiliates-charged/) and the [old link](/2024/02/lockbit-affiliates-charged/).",
      ].join("\n\n"),
    );
    expect(doc("posts/lockbit-affiliates-charged.md").body).toContain(
      "Background: [how the Exchange flaw was used](/2023/12/exchange-flaw-exploited/) and\n/2024/03/raid-on-bulletproof-host/.",
    );
    expect(doc("posts/lockbit-affiliates-charged.md").body).toContain(
      'To embed a figure, write {{< figure src="chart.png" >}}.',
    );
    expect(doc("posts/raid-on-bulletproof-host/index.md").body).toContain(
      "![Seized equipment](images/2024/03/raid.png)\n\n*Equipment seized in the raid*",
    );
    expect(doc("posts/raid-on-bulletproof-host/index.md").image).toBeUndefined();
    expect(doc("posts/raid-on-bulletproof-host/index.md").body).toContain(
      "![A missing photo](https://cyberwire.example/investigations/Bulletproof-Raid/crowd.jpg)",
    );
    expect(ctx.images.placed().map((p) => [p.from.slice(SITE.length + 1), p.to])).toEqual([
      ["static/images/exchange-chain.png", "images/2023/12/exchange-chain.png"],
      ["content/posts/raid-on-bulletproof-host/raid.png", "images/2024/03/raid.png"],
    ]);
  });

  it("reports what it converted, left and could not find", () => {
    expect(ctx.report.convertedMarkup.hugo).toEqual({ figure: 2, youtube: 1, highlight: 2, ref: 1, relref: 1 });
    expect(ctx.report.leftMarkup.hugo).toEqual({
      tweet: [
        {
          source: "content/posts/Exchange-Flaw-Exploited.md",
          line: 20,
          detail: '{{< tweet user="CISAgov" id="1234567890" >}}',
        },
      ],
      gist: [
        {
          source: "content/posts/lockbit-affiliates-charged.md",
          line: 20,
          detail: "{{< gist fbi-analyst 0a1b2c3d >}}",
        },
      ],
    });
    expect(ctx.report.images.missing).toEqual([
      {
        source: "content/posts/raid-on-bulletproof-host/index.md",
        line: 12,
        detail:
          "image crowd.jpg is not in the source: shown from the old site, https://cyberwire.example/investigations/Bulletproof-Raid/crowd.jpg",
      },
    ]);
    expect(ctx.report.links.rewritten).toBe(2);
    expect(doc("about.md").body).toBe(
      "The desk reports on law-enforcement action against cybercrime, from the FBI to Europol.\n\nWrite to us through the [contact form](https://cyberwire.example/contact/).",
    );
    expect(ctx.report.links.dead).toEqual([
      {
        source: "content/about.md",
        line: 7,
        detail:
          "link /contact/ is answered by no imported item: pointed at the old site, https://cyberwire.example/contact/",
      },
    ]);
  });
});
