import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, fixture } from "../helpers/cli.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

// The search-bundles fixture, its index in two bundles: "Harrowgate" is in one bundle only, and the other holds
// "harrowing", whose stem is the word's beginning. A bundle without a query's word answers with the longest
// beginning of it that it has, so Pagefind's merged answer to "harrowgate" holds the hospital story too.
const HARROWGATE = "/2023/06/harrowgate-operators-move-to-cloud-storage/";
const HOSPITALS = "/2021/11/a-harrowing-week-for-hospital-networks/";
const MINISTRY = "/2022/04/ministry-staff-phished/";
// Every filter value of the fixture, each in the search page's filter panel.
const FILTER_VALUES = 12;
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveStatic(await buildSite(fixture("search-bundles"), ["--search-shards", "2"]), "/");
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The search page for `query`, once Pagefind's UI has answered: its message, result links and filter counts. */
async function answer(
  query: string,
  prepare?: (page: Page) => Promise<unknown>,
): Promise<{ page: Page; message: string; links: string[]; counts: Record<string, string> }> {
  const page = await browser.newPage();
  await prepare?.(page);
  page.setDefaultTimeout(20_000);
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const message = document.querySelector(".pagefind-ui__message")?.textContent ?? "";
    return /results? for|No results/.test(message);
  });
  // The filter panel is drawn a moment after the message: the fixture's 2 agencies, 4 countries, 3 topics, 3 years.
  await page.waitForFunction(
    (n) => document.querySelectorAll(".pagefind-ui__filter-value").length === n,
    FILTER_VALUES,
  );
  const message = (await page.textContent(".pagefind-ui__message")) ?? "";
  const links = await page.$$eval(".pagefind-ui__result-link", (as) => as.map((a) => a.getAttribute("href") ?? ""));
  const counts = Object.fromEntries(
    await page.$$eval(".pagefind-ui__filter-value", (values) =>
      values.map((v) => {
        const text = v.textContent?.replace(/\s+/g, " ").trim() ?? "";
        const m = /^(.*) \((\d+)\)$/.exec(text);
        return [m?.[1] ?? text, m?.[2] ?? ""];
      }),
    ),
  );
  return { page, message, links, counts };
}

describe("search over two bundles, one of which lacks the query's word", () => {
  it("is the case the search page guards against: Pagefind's merged answer holds an unrelated story", async () => {
    // On the home page, where no search has loaded Pagefind yet.
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    // Pagefind's own module, as a page would use it without newsdesk's (a string: the test runner rewrites import()).
    const merged = await page.evaluate<string[]>(`(async () => {
      const pf = await import("/pagefind/pagefind.js");
      await pf.options({ baseUrl: "/" });
      await pf.mergeIndex("/pagefind-2/", {});
      const found = await pf.search("harrowgate", {});
      return Promise.all(found.results.map(async (r) => (await r.data()).url));
    })()`);
    expect(merged.sort()).toEqual([HARROWGATE, HOSPITALS].sort());
    await page.close();
  });

  it("finds only the story that names Harrowgate, and counts only it in the filters", async () => {
    const { page, message, links, counts } = await answer("harrowgate");
    expect(links).toEqual([HARROWGATE]);
    expect(message).toBe("1 result for harrowgate");
    expect(counts).toMatchObject({ Germany: "1", Ireland: "0", "2023": "1", "2021": "0" });
    // The tag that tells the bundles apart is not a filter a reader sees.
    expect(Object.keys(counts).some((name) => /^\d$/.test(name))).toBe(false);
    expect(await page.locator("summary.pagefind-ui__filter-name", { hasText: "bundle" }).count()).toBe(0);
    await page.close();
  });

  it("keeps a bundle's answer when it holds a longer word that begins with the query", async () => {
    const { page, links, counts } = await answer("harrow");
    expect(links.sort()).toEqual([HARROWGATE, HOSPITALS].sort());
    expect(counts).toMatchObject({ Germany: "1", Ireland: "1" });
    await page.close();
  });

  it("finds nothing for two words that no story holds together, each in a different bundle", async () => {
    const { page, message, links } = await answer("harrowgate ministry");
    expect(links).toEqual([]);
    expect(message).toBe("No results for harrowgate ministry");
    await page.close();
  });

  it("answers with Pagefind's merged results when a bundle's file fails to load while it checks", async () => {
    // The first fragment asked of the second bundle is the check's (the hospital story's): it fails once.
    let failed = 0;
    const { page, links } = await answer("harrowgate", (p) =>
      p.route("**/pagefind-2/fragment/**", (route) => (failed++ === 0 ? route.abort() : route.continue())),
    );
    expect(failed).toBeGreaterThan(0);
    expect(links.sort()).toEqual([HARROWGATE, HOSPITALS].sort());
    await page.close();
  });

  it("still answers a word held by one bundle, and a misspelt word with Pagefind's nearest match", async () => {
    const one = await answer("ministry");
    expect(one.links).toEqual([MINISTRY]);
    await one.page.close();
    // No bundle holds "harrowgates" either way: Pagefind's fallback to its beginning stands, as with one index.
    const misspelt = await answer("harrowgatez");
    expect(misspelt.links).toEqual([HARROWGATE]);
    await misspelt.page.close();
  });
});
