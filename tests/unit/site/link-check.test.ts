import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../src/content/load.ts";
import { checkBodyLinks } from "../../../src/site/link-check.ts";
import { siteAddresses } from "../../../src/site/site-addresses.ts";
import { buildSiteModel, type SiteModel } from "../../../src/site/site-model.ts";
import { fixture } from "../../helpers/cli.ts";

const NOW = DateTime.fromISO("2026-01-01T12:00:00Z");
let site: SiteModel;

beforeAll(async () => {
  const content = await loadContent({ contentDir: fixture("old-links"), now: NOW, render: false });
  expect(content.diagnostics).toEqual([]);
  site = buildSiteModel(content, NOW.year);
});

describe("siteAddresses", () => {
  it("knows the redirects of renamed topics and front-matter aliases besides the pages", () => {
    const addresses = siteAddresses(site);
    expect([...addresses.redirects]).toEqual([
      ["/agencies/cert/", "/agencies/computer-emergency-response-team/"],
      ["/agencies/cert/feed.xml", "/agencies/computer-emergency-response-team/feed.xml"],
      ["/news/2017/04/04/qsb-29/", "/2017/04/qsb-29/"],
    ]);
    expect(addresses.pages.has("/2017/04/qsb-29/")).toBe(true);
    expect(addresses.pages.has("/news/2017/04/04/qsb-29/")).toBe(false);
  });
});

describe("checkBodyLinks", () => {
  it("names each link to no page with its fix, and each link through a redirect with the address to use", () => {
    const at = { file: "articles/2018/linker.md", column: 1, field: "body" };
    expect(checkBodyLinks(site)).toEqual([
      {
        ...at,
        line: 9,
        severity: "notice",
        message: "the link to /news/2017/04/04/qsb-29/ is an old address that redirects to /2017/04/qsb-29/",
        suggestion: "link to /2017/04/qsb-29/ itself",
      },
      {
        ...at,
        line: 11,
        severity: "warning",
        message: "the link to /news/2017/03/07/canary-11/ leads to no page of this site",
        suggestion: "did you mean /2017/03/canary-11/?",
      },
      {
        ...at,
        line: 13,
        severity: "warning",
        message: "the link to /canary-11.html leads to no page of this site",
        suggestion: "did you mean /2018/06/canary-11/ or /2017/03/canary-11/? (2 pages end in canary-11)",
      },
      {
        ...at,
        line: 15,
        severity: "notice",
        message: "the link to /2017/04/qsb-29/index.html names the file of the page /2017/04/qsb-29/",
        suggestion: "link to /2017/04/qsb-29/ itself",
      },
      {
        ...at,
        line: 17,
        severity: "warning",
        message: "the link to /2017/04/QSB-29/ leads to no page of this site",
        suggestion: "did you mean /2017/04/qsb-29/?",
      },
      {
        ...at,
        line: 17,
        severity: "warning",
        message: "the link to /2017/04/qbs-29/ leads to no page of this site",
        suggestion: "did you mean /2017/04/qsb-29/?",
      },
      {
        ...at,
        line: 19,
        severity: "warning",
        message: "the link to /team/ leads to no page of this site",
        suggestion: "link to an article as /YYYY/MM/slug/",
      },
      {
        ...at,
        line: 21,
        severity: "notice",
        message:
          "the link to /agencies/cert/ is an old address that redirects to /agencies/computer-emergency-response-team/",
        suggestion: "link to /agencies/computer-emergency-response-team/ itself",
      },
    ]);
  });

  it("reads a link in its normal form, as the browser requests it", () => {
    const addresses = siteAddresses(site);
    const redirects = new Map([...addresses.redirects, ["/caf%C3%A9/", "/2017/04/qsb-29/"]]);
    const linker = site.content.articles.find((a) => a.file === "articles/2018/linker.md")!;
    const one = {
      ...site,
      content: { ...site.content, articles: [{ ...linker, links: [{ href: "/caf%c3%a9/", line: 3 }] }] },
    };
    expect(checkBodyLinks(one, { ...addresses, redirects }).map((d) => [d.severity, d.message])).toEqual([
      ["notice", "the link to /caf%c3%a9/ is an old address that redirects to /2017/04/qsb-29/"],
    ]);
  });
});
