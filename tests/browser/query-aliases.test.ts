import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { securityHeaders, sitePolicy } from "../../src/seo/headers.ts";
import { SITE_DEFAULTS } from "../../src/model/site-config.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { buildSite, fixture } from "../helpers/cli.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

// tests/fixtures/query-aliases under /news/, served as a static host serves it: any query gets the home page.
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const out = await buildSite(fixture("query-aliases"), ["--path-prefix", "/news/"]);
  server = await serveStatic(out, "/news/", securityHeaders(sitePolicy(SITE_DEFAULTS)));
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Where the browser ends up from `path` (`expected`, waited for, or `path` itself once the page has loaded and
// had time to leave), its title, and what the CSP refused on the way.
async function landing(path: string, expected = path): Promise<{ url: string; title: string; refused: string[] }> {
  const page = await browser.newPage();
  const refused: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  await page.goto(`${server.origin}${path}`);
  if (expected !== path) await page.waitForURL(`${server.origin}${expected}`, { timeout: 5000 }).catch(() => {});
  else await page.waitForTimeout(300);
  await page.waitForLoadState("load");
  const result = { url: page.url().slice(server.origin.length), title: await page.title(), refused };
  await page.close();
  return result;
}

describe("WordPress's short addresses in a browser", () => {
  it("end on the article a /?p=N names, through its redirect page", async () => {
    expect(await landing("/news/?p=412", "/news/2019/11/botnet-takedown/")).toEqual({
      url: "/news/2019/11/botnet-takedown/",
      title: "Europol coordinates takedown of a loader botnet — Moved Desk",
      refused: [],
    });
    expect((await landing("/news/?p=530", "/news/2020/01/advisory-vpn/")).url).toBe("/news/2020/01/advisory-vpn/");
    // A link shared with a tracking parameter still names one post: only its number is read.
    expect((await landing("/news/?utm_source=feed&p=530", "/news/2020/01/advisory-vpn/")).url).toBe(
      "/news/2020/01/advisory-vpn/",
    );
  });

  it("end on the page a /?page_id=N names", async () => {
    expect(await landing("/news/?page_id=45", "/news/about/")).toEqual({
      url: "/news/about/",
      title: "About the Moved Desk — Moved Desk",
      refused: [],
    });
  });

  it("leave the home page alone for anything but one number for one of the two keys", async () => {
    for (const query of ["", "?p=abc", "?p=412&page_id=45", "?p=412&p=530", "?s=europol", "?p=/evil.example/"])
      expect([query, (await landing(`/news/${query}`)).url]).toEqual([query, `/news/${query}`]);
  });

  it("send a number no alias names to its redirect path, which answers not found", async () => {
    const page = await browser.newPage();
    const response = page.waitForResponse((r) => r.url().endsWith("/news/p/999/"));
    await page.goto(`${server.origin}/news/?p=999`);
    expect((await response).status()).toBe(404);
    expect(await page.title()).toBe("Page not found — Moved Desk");
    await page.close();
  });
});
