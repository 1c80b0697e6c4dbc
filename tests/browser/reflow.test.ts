import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, fixture } from "../helpers/cli.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { axeViolations } from "../helpers/axe.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

// WCAG 1.4.10 Reflow, which axe does not test: on the real-writing fixture (wide code, wide tables, long URLs, a
// 90-character word, IOC lists, a wide screenshot) no page of any kind scrolls sideways at a small phone's, a
// phone's and a desktop's width, in either scheme; the story's paragraphs fit the screen; axe finds nothing.
const PAGES: Record<string, string> = {
  advisory: "/2025/03/tidegate-advisory/",
  indicators: "/2025/02/saltmarsh-indicators/",
  "short-article": "/2025/03/patch-notes/",
  home: "/",
  topic: "/topics/advisories/",
  agency: "/agencies/national-cyber-response-desk/",
  "topics-index": "/topics/",
  cve: "/cves/cve-2025-10481/",
  "cves-index": "/cves/",
  "empty-index": "/outlets/",
  year: "/2025/",
  month: "/2025/03/",
  search: "/search/?q=Tidegate",
  static: "/about/",
  "not-found": "/no-such-page/",
};
const SCHEMES = ["light", "dark"] as const;
const WIDTHS = [320, 390, 1280] as const;

let browser: Browser;
let server: StaticServer;
// One tab per scheme and width, reused from page to page.
const tabs = new Map<string, Page>();

beforeAll(async () => {
  const [out, launched] = await Promise.all([buildSite(fixture("real-writing")), launchBrowser()]);
  browser = launched;
  server = await serveStatic(out);
  for (const colorScheme of SCHEMES) {
    for (const width of WIDTHS) {
      const page = await browser.newPage({ colorScheme, viewport: { width, height: 800 }, bypassCSP: true });
      tabs.set(`${colorScheme}-${width}`, page);
    }
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** How wide the page is against its viewport, and what sticks out of it. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const de = document.documentElement;
    const edge = de.clientWidth + 0.5;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className)}` : ""}`;
    // Blocks of the story and of main that poke past the viewport's right edge (the contents of a block that
    // scrolls inside itself may; the block may not).
    const blocks = [...document.querySelectorAll("main > *, .story-body > *, .story-body p, .story-body li")];
    return {
      scrollWidth: de.scrollWidth,
      clientWidth: de.clientWidth,
      sticking: blocks.filter((el) => el.getBoundingClientRect().right > edge).map(name),
      header: [...document.querySelectorAll(".site-header *")]
        .filter((el) => el.getBoundingClientRect().right > edge)
        .map(name),
    };
  });
}

describe("no sideways scroll on the real-writing fixture", () => {
  for (const [kind, path] of Object.entries(PAGES)) {
    it(`${kind} (${path}) at 320, 390 and 1280 px, light and dark: fits, and axe finds nothing`, async () => {
      const found = await Promise.all(
        SCHEMES.flatMap((scheme) =>
          WIDTHS.map(async (width) => {
            const page = tabs.get(`${scheme}-${width}`)!;
            await page.goto(server.origin + path, { waitUntil: "load" });
            if (path.startsWith("/search/"))
              await page.waitForSelector(".pagefind-ui__result-link", { timeout: 15_000 });
            return {
              where: `${scheme} ${width}px`,
              width,
              ...(await measure(page)),
              violations: await axeViolations(page),
            };
          }),
        ),
      );
      for (const f of found) {
        expect(f.clientWidth, f.where).toBe(f.width);
        expect(f.scrollWidth, `${f.where}: the page scrolls sideways`).toBeLessThanOrEqual(f.clientWidth);
        expect(f.sticking, `${f.where}: blocks wider than the screen`).toEqual([]);
        expect(f.header, `${f.where}: header parts past the edge`).toEqual([]);
        expect(f.violations, f.where).toEqual([]);
      }
    });
  }
});
