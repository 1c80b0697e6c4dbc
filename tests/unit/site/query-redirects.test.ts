import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../src/content/load.ts";
import { checkOutputClaims } from "../../../src/build/output-claims.ts";
import { redirectConflicts, siteRedirects } from "../../../src/site/redirects.ts";
import { siteAddresses } from "../../../src/site/site-addresses.ts";
import { buildSiteModel, type SiteModel } from "../../../src/site/site-model.ts";
import { fixture } from "../../helpers/cli.ts";

const NOW = DateTime.fromISO("2026-01-01T12:00:00Z");
let site: SiteModel;

beforeAll(async () => {
  const content = await loadContent({ contentDir: fixture("query-aliases"), now: NOW, render: false });
  expect(content.diagnostics).toEqual([]);
  site = buildSiteModel(content, NOW.year);
});

// The fixture's model with the about page's aliases replaced, written on line 4.
const withPageAliases = (...values: string[]): SiteModel => ({
  ...site,
  content: {
    ...site.content,
    pages: site.content.pages.map((p) => ({
      ...p,
      aliases: values.map((value, i) => ({ value, line: 4, column: 11 + i * 10 })),
    })),
  },
});

describe("siteRedirects", () => {
  it("redirects WordPress's short addresses from their plain paths, keeping the query, and static pages' aliases", () => {
    expect(siteRedirects(site)).toEqual([
      { from: "/2020/06/03/ransomware-arrests-ukraine/", to: "/2020/06/ransomware-arrests/" },
      { from: "/p/530/", to: "/2020/01/advisory-vpn/", query: "p=530" },
      { from: "/p/412/", to: "/2019/11/botnet-takedown/", query: "p=412" },
      { from: "/2019/11/14/loader-botnet-taken-down/", to: "/2019/11/botnet-takedown/" },
      { from: "/page-id/45/", to: "/about/", query: "page_id=45" },
      { from: "/about-us/", to: "/about/" },
    ]);
  });

  it("gives the page's aliases, as written and where, to the model", () => {
    expect(site.content.pages.map((p) => [p.path, p.aliases])).toEqual([
      [
        "/about/",
        [
          { value: "/?page_id=45", line: 4, column: 11 },
          { value: "/about-us/", line: 4, column: 27 },
        ],
      ],
    ]);
  });

  it("lets the link check know the redirect pages as old addresses", () => {
    expect(siteAddresses(site).redirects.get("/p/412/")).toBe("/2019/11/botnet-takedown/");
    expect(siteAddresses(site).redirects.get("/page-id/45/")).toBe("/about/");
  });

  it("claim a redirect page's path once: a plain alias there is a conflict", () => {
    const redirects = [...siteRedirects(site), { from: "/p/412/", to: "/about/" }];
    expect(redirectConflicts(redirects, new Set(site.pages.map((p) => p.path)))).toEqual([
      "/p/412/ is claimed twice: it would redirect to /2019/11/botnet-takedown/ and to /about/",
    ]);
  });
});

describe("the home page", () => {
  it("loads the short-address script only on its first page, and only when some alias is one", () => {
    const home = (model: SiteModel) => model.pages.filter((p) => p.kind === "home");
    expect(home(site).map((p) => [p.path, p.kind === "home" && p.queryRedirect])).toEqual([["/", true]]);
    const plain = buildSiteModel(
      {
        ...site.content,
        articles: site.content.articles.map((a) => ({ ...a, aliases: undefined })),
        pages: site.content.pages.map((p) => ({ ...p, aliases: [{ value: "/about-us/", line: 4, column: 11 }] })),
      },
      NOW.year,
    );
    expect(home(plain).map((p) => [p.path, p.kind === "home" && p.queryRedirect])).toEqual([["/", undefined]]);
    const onlyPage = buildSiteModel(
      { ...site.content, articles: site.content.articles.map((a) => ({ ...a, aliases: undefined })) },
      NOW.year,
    );
    expect(home(onlyPage).map((p) => p.kind === "home" && p.queryRedirect)).toEqual([true]);
  });
});

describe("checkOutputClaims on static pages' aliases", () => {
  it("accepts the fixture's", () => {
    expect(checkOutputClaims(site, NOW)).toEqual([]);
  });

  it("refuses a page's alias on a page newsdesk makes, in its folders, or on an article's redirect page", () => {
    const fix = "an alias must be an old address the site no longer has: remove it, or write the one readers used";
    const at = (column: number) => ({ file: "pages/about.md", line: 4, column, field: "aliases", severity: "error" });
    expect(checkOutputClaims(withPageAliases("/search/", "/assets/x/", "/?p=412", "/p/530/"), NOW)).toEqual([
      { ...at(11), message: "/search/ is the search page (/search/), which newsdesk makes itself", suggestion: fix },
      {
        ...at(21),
        message: "/assets/x/ is inside /assets/, where newsdesk writes the site's stylesheet, scripts and logo",
        suggestion: fix,
      },
      { ...at(31), message: "/?p=412 is also an alias of articles/2019/botnet-takedown.md", suggestion: fix },
      { ...at(41), message: "/p/530/ is also an alias of articles/2020/advisory-vpn.md", suggestion: fix },
    ]);
  });
});
