import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECURITY_HEADERS } from "../../src/seo/headers.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { ROOT, buildSite } from "../helpers/cli.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const out = await buildSite(`${ROOT}content`);
  server = await serveStatic(out, "/", SECURITY_HEADERS);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES = [
  "/", "/page/2/", "/2018/04/islamic-state-propaganda-outlets-taken-down/", "/agencies/europol/", "/outlets/amaq/", "/countries/united-kingdom/",
  "/topics/ransomware/", "/agencies/", "/countries/", "/2018/", "/2018/04/", "/about/", "/search/?q=Europol", "/no-such-page/",
];

describe("the Content-Security-Policy in _headers", () => {
  it("is satisfied by every page kind, search included", async () => {
    const violations: string[] = [];
    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        (window as unknown as { __csp: string[] }).__csp = [...((window as unknown as { __csp?: string[] }).__csp ?? []), `${e.violatedDirective} ${e.blockedURI}`];
      });
    });
    for (const path of PAGES) {
      const response = await page.goto(`${server.origin}${path}`);
      expect(response?.headers()["content-security-policy"]).toBe(SECURITY_HEADERS["Content-Security-Policy"]);
      if (path.startsWith("/search/")) await page.waitForSelector(".pagefind-ui__result-link");
      const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      violations.push(...seen.map((v) => `${path}: ${v}`));
    }
    expect(violations).toEqual([]);
    await page.close();
  });
});
