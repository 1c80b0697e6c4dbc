import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { metaPolicy, securityHeaders, sitePolicy } from "../../src/seo/headers.ts";
import { SITE_DEFAULTS } from "../../src/model/site-config.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { ROOT, buildSite } from "../helpers/cli.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

// The sample archive's site.yaml names no embeds: its policy frames the default embed hosts.
const SECURITY_HEADERS = securityHeaders(sitePolicy(SITE_DEFAULTS));
const META_CONTENT_SECURITY_POLICY = metaPolicy(sitePolicy(SITE_DEFAULTS));

let browser: Browser;
let server: StaticServer;
// The same build served as GitHub Pages and GitLab Pages serve it: without _headers, so only the <meta> policy holds.
let bare: StaticServer;

beforeAll(async () => {
  const out = await buildSite(`${ROOT}content`);
  server = await serveStatic(out, "/", SECURITY_HEADERS);
  bare = await serveStatic(out, "/");
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await bare?.close();
});

const PAGES = [
  "/",
  "/page/2/",
  "/2018/04/islamic-state-propaganda-outlets-taken-down/",
  "/agencies/europol/",
  "/outlets/amaq/",
  "/countries/united-kingdom/",
  "/topics/ransomware/",
  "/agencies/",
  "/countries/",
  "/2018/",
  "/2018/04/",
  "/about/",
  "/search/?q=Europol",
  "/no-such-page/",
];

// A page that records every CSP violation, from the console and from securitypolicyviolation events.
async function watchedPage(violations: string[]): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(20_000);
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp = [
        ...((window as unknown as { __csp?: string[] }).__csp ?? []),
        `${e.violatedDirective} ${e.blockedURI}`,
      ];
    });
  });
  return page;
}

// Visits every page kind; `check` runs on each response.
async function visitAll(origin: string, check: (headers: Record<string, string>) => void): Promise<string[]> {
  const violations: string[] = [];
  const page = await watchedPage(violations);
  for (const path of PAGES) {
    const response = await page.goto(`${origin}${path}`);
    check(response?.headers() ?? {});
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content"), path).toBe(
      META_CONTENT_SECURITY_POLICY,
    );
    if (path.startsWith("/search/")) await page.waitForSelector(".pagefind-ui__result-link");
    const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    violations.push(...seen.map((v) => `${path}: ${v}`));
  }
  await page.close();
  return violations;
}

describe("the Content-Security-Policy in _headers and in every page's <meta>", () => {
  it("is satisfied by every page kind, search included", async () => {
    const violations = await visitAll(server.origin, (headers) => {
      expect(headers["content-security-policy"]).toBe(SECURITY_HEADERS["Content-Security-Policy"]);
    });
    expect(violations).toEqual([]);
  });

  it("holds on a host that ignores _headers: pages work, and a script injected inline does not run", async () => {
    const violations = await visitAll(bare.origin, (headers) =>
      expect(headers["content-security-policy"]).toBeUndefined(),
    );
    expect(violations).toEqual([]);
    const page = await browser.newPage();
    await page.goto(`${bare.origin}/about/`);
    const ran = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "document.body.dataset.injected = 'ran'";
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return document.body.dataset.injected ?? "blocked";
    });
    expect(ran).toBe("blocked");
    await page.close();
  });
});
