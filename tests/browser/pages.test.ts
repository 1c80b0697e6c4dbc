import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, buildSite } from "../helpers/cli.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { axeViolations } from "../helpers/axe.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

// Every kind of page of the sample archive, in both colour schemes, at a phone's and a desktop's width: axe-core
// finds no WCAG 2.2 A/AA (or best-practice) violation, and a screenshot of each is kept for review.
const PAGES: Record<string, string> = {
  home: "/",
  "home-page-2": "/page/2/",
  article: "/2018/04/islamic-state-propaganda-outlets-taken-down/",
  agency: "/agencies/europol/",
  outlet: "/outlets/amaq/",
  country: "/countries/netherlands/",
  topic: "/topics/takedowns/",
  "topic-page-2": "/topics/takedowns/page/2/",
  "agencies-index": "/agencies/",
  "countries-index": "/countries/",
  advisory: "/2024/04/pan-os-globalprotect-flaw-exploited/",
  actor: "/actors/apt28/",
  cve: "/cves/cve-2024-3400/",
  "cves-index": "/cves/",
  year: "/2018/",
  month: "/2018/04/",
  search: "/search/?q=Europol",
  static: "/about/",
  "not-found": "/no-such-page/",
};
const SCHEMES = ["light", "dark"] as const;
const WIDTHS = [390, 1280] as const;
const SHOTS = join(ROOT, "test-artifacts/screenshots");

let browser: Browser;
let server: StaticServer;
// One tab per scheme and width, reused from page to page: opening a tab costs more than loading a page.
const tabs = new Map<string, Page>();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const [out, launched] = await Promise.all([buildSite(join(ROOT, "content")), launchBrowser()]);
  browser = launched;
  server = await serveStatic(out);
  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) tabs.set(`${scheme}-${width}`, await browser.newPage(tab(scheme, width)));
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a site path in a fresh page with the given scheme and width, ready to look at. */
async function open(path: string, scheme: "light" | "dark", width: number): Promise<Page> {
  return visit(await browser.newPage(tab(scheme, width)), path);
}

// axe is injected as an inline script, which every page's own Content-Security-Policy <meta> blocks (so bypassCSP);
// the policy itself is held by tests/browser/csp.test.ts.
function tab(scheme: "light" | "dark", width: number) {
  return { colorScheme: scheme, viewport: { width, height: 900 }, reducedMotion: "reduce" as const, bypassCSP: true };
}

/** Loads a site path into `page`; on /search/ waits for the results. */
async function visit(page: Page, path: string): Promise<Page> {
  await page.goto(server.origin + path, { waitUntil: "load" });
  if (path.startsWith("/search/")) await page.waitForSelector(".pagefind-ui__result-link", { timeout: 15_000 });
  return page;
}

describe("every page kind, light and dark, at 390 and 1280 px", () => {
  for (const [kind, path] of Object.entries(PAGES)) {
    it(`${kind} (${path}): no axe violations, one h1, a screenshot of each`, async () => {
      // The four tabs work at once: the time goes on waiting for the browser, not on the test.
      const found = await Promise.all(
        SCHEMES.flatMap((scheme) =>
          WIDTHS.map(async (width) => {
            const page = await visit(tabs.get(`${scheme}-${width}`)!, path);
            await page.screenshot({ path: join(SHOTS, `${kind}-${width}-${scheme}.png`), fullPage: true });
            return {
              where: `${scheme} ${width}px`,
              violations: await axeViolations(page),
              h1: await page.locator("h1").count(),
            };
          }),
        ),
      );
      for (const f of found) {
        expect(f.violations, f.where).toEqual([]);
        expect(f.h1, f.where).toBe(1);
      }
    });
  }
});

describe("keyboard, focus and motion", () => {
  it("reaches the skip link with the first Tab, shows it, and moves focus to main with Enter", async () => {
    const page = await open("/", "light", 1280);
    await page.keyboard.press("Tab");
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return {
        cls: el.className,
        text: el.textContent,
        top: box.top,
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
      };
    });
    expect(skip).toMatchObject({ cls: "skip-link", text: "Skip to content", outline: "solid" });
    expect(skip.top).toBeGreaterThanOrEqual(0);
    expect(skip.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
    await page.close();
  });

  it("searches with the keyboard alone from the header, and every navigation link shows its focus", async () => {
    const page = await open("/", "dark", 390);
    const focused: string[] = [];
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press("Tab");
      const now = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const inNav = el.closest(".site-nav") !== null;
        return {
          name: el.id || el.textContent?.trim() || el.tagName,
          inNav,
          visible: style.outlineStyle !== "none" && box.width > 0 && box.left >= 0 && box.right <= window.innerWidth,
        };
      });
      if (now.inNav) expect(now.visible, `${now.name} shows focus inside the viewport`).toBe(true);
      focused.push(now.name);
    }
    expect(focused.slice(0, 4)).toEqual(["Skip to content", "The Security Desk", "site-search", "Search"]);
    expect(focused).toEqual(
      expect.arrayContaining([
        "Latest",
        "Agencies",
        "Outlets",
        "Countries",
        "Threat actors",
        "Malware",
        "CVEs",
        "Topics",
        "Archive",
      ]),
    );
    await page.focus("#site-search");
    await page.keyboard.type("Amaq");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=Amaq/);
    await page.waitForSelector(".pagefind-ui__result-link", { timeout: 15_000 });
    await page.close();
  });

  it("turns smooth scrolling off when the reader asks for reduced motion", async () => {
    const page = await browser.newPage({ reducedMotion: "no-preference" });
    await page.goto(`${server.origin}/`);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("smooth");
    await page.emulateMedia({ reducedMotion: "reduce" });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
    await page.close();
  });
});

describe("pictures in the browser", () => {
  it("draws the article's map from the shared sprite, with its countries highlighted", async () => {
    const page = await open(PAGES.article!, "light", 1280);
    const map = await page.evaluate(() => {
      const uses = [...document.querySelectorAll<SVGUseElement>(".world-map use")];
      return uses.map((u) => ({
        cls: u.getAttribute("class"),
        href: u.getAttribute("href"),
        width: Math.round(u.getBBox().width),
        fill: getComputedStyle(u).fill,
      }));
    });
    const land = map.find((u) => u.cls === "map-land")!;
    expect(land.href).toMatch(/^\/assets\/world\.[0-9a-f]{10}\.svg#land$/);
    expect(land.width).toBeGreaterThan(500);
    const highlighted = map.filter((u) => u.cls === "map-hl");
    expect(highlighted.length).toBe(8);
    for (const h of highlighted) {
      expect(h.width, h.href ?? "").toBeGreaterThan(0);
      expect(h.fill).not.toBe(land.fill);
    }
    await page.close();
  });

  it("draws coverage bars on a topic page and the twelve-month strip on the home page", async () => {
    const topic = await open(PAGES.topic!, "dark", 1280);
    const bars = await topic.$$eval(".coverage-chart rect.bar", (rects) =>
      rects.map((r) => Math.round((r as SVGRectElement).getBBox().height)),
    );
    expect(bars.length).toBeGreaterThan(3);
    expect(Math.max(...bars)).toBeGreaterThan(50);
    await topic.close();
    const home = await open("/", "dark", 390);
    expect(await home.locator(".heat-strip rect").count()).toBe(12);
    await home.close();
  });
});
