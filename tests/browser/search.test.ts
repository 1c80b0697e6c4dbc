import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, buildSite } from "../helpers/cli.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const SAMPLE = `${ROOT}content`;
const TAKEDOWN = "/2018/04/islamic-state-propaganda-outlets-taken-down/";
let browser: Browser;
const servers: StaticServer[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

/** Result links in the order Pagefind shows them. */
async function results(page: Page): Promise<string[]> {
  await page.waitForSelector(".pagefind-ui__result-link", { timeout: 20_000 });
  return page.$$eval(".pagefind-ui__result-link", (links) => links.map((a) => a.getAttribute("href") ?? ""));
}

// Under /news/ the index is split into two Pagefind bundles (as a large archive's is), which the page merges.
for (const { prefix, shards } of [
  { prefix: "/", shards: 1 },
  { prefix: "/news/", shards: 2 },
]) {
  describe(`search on the sample archive served at ${prefix}, its index in ${shards} bundle(s)`, () => {
    let origin: string;
    beforeAll(async () => {
      const out = await buildSite(SAMPLE, [
        ...(prefix === "/" ? [] : ["--path-prefix", prefix, "--base-url", "https://securitydesk.example"]),
        "--search-shards",
        String(shards),
      ]);
      const server = await serveStatic(out, prefix);
      servers.push(server);
      origin = server.origin;
    });

    it("finds the takedown of Amaq first from the header search box, filters by country, and opens a result", async () => {
      const page = await browser.newPage();
      page.setDefaultTimeout(20_000);
      const outside: string[] = [];
      const bundles = new Set<string>();
      page.on("request", (r) => {
        const url = new URL(r.url());
        if (url.origin === origin && !url.pathname.startsWith(prefix)) outside.push(url.pathname);
        const bundle = /\/(pagefind(?:-\d)?)\/pagefind-entry\.json$/.exec(url.pathname);
        if (bundle) bundles.add(bundle[1]!);
      });
      await page.goto(`${origin}${prefix}`);
      await page.fill("#site-search", "Amaq");
      await page.press("#site-search", "Enter");
      await page.waitForURL(/\/search\/\?q=Amaq/);
      const found = await results(page);
      expect(found[0]).toBe(`${prefix.slice(0, -1)}${TAKEDOWN}`);
      expect(found.length).toBeGreaterThan(1);

      // Filters load after the first results; each taxonomy's list opens from its name.
      const countries = page.locator("summary.pagefind-ui__filter-name", { hasText: "country" });
      await countries.waitFor();
      await countries.click();
      await page.locator(".pagefind-ui__filter-checkbox[value='Canada']").check();
      await page.waitForFunction(
        (n) => document.querySelectorAll(".pagefind-ui__result-link").length < n,
        found.length,
        { timeout: 20_000 },
      );
      const filtered = await results(page);
      expect(filtered).toContain(`${prefix.slice(0, -1)}${TAKEDOWN}`);
      expect(filtered.length).toBeLessThan(found.length);

      await page.click(`.pagefind-ui__result-link[href="${prefix.slice(0, -1)}${TAKEDOWN}"]`);
      await page.waitForURL(`**${TAKEDOWN}`);
      expect(await page.textContent("h1")).toBe("Europol-led operation takes down Islamic State propaganda outlets");
      expect(outside).toEqual([]);
      expect([...bundles].sort()).toEqual(shards === 1 ? ["pagefind"] : ["pagefind", "pagefind-2"]);
      await page.close();
    });
  });
}
