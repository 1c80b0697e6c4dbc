import type { Browser } from "playwright-core";
import { cp } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { securityHeaders, sitePolicy } from "../../src/seo/headers.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { buildSite, fixture, tempDir } from "../helpers/cli.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const content = join(await tempDir(), "content");
  await cp(fixture("raw-html"), content, { recursive: true });
  await cp(join(fixture("images"), "images"), join(content, "images"), { recursive: true });
  const out = await buildSite(content);
  // tests/fixtures/raw-html/_data/site.yaml: embeds: [www.youtube.com, player.vimeo.com].
  server = await serveStatic(
    out,
    "/",
    securityHeaders(sitePolicy({ html: "allowlist", embeds: ["www.youtube.com", "player.vimeo.com"] })),
  );
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("an embedded video", () => {
  it("makes no request to its host until the reader asks, then loads a sandboxed frame the CSP allows", async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    const violations: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(server.origin)) elsewhere.push(r.url());
    });
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    // Nothing leaves this machine: the frame's request is answered here.
    await page.route("https://www.youtube-nocookie.com/**", (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<p>player</p>" }),
    );
    await page.goto(`${server.origin}/2024/06/advisory/`);
    await page.waitForLoadState("networkidle");
    expect(elsewhere).toEqual([]);
    expect(await page.locator("iframe").count()).toBe(0);
    await page.getByRole("button", { name: "Load the video from www.youtube-nocookie.com" }).click();
    const frame = page.locator("figure.embed iframe");
    await frame.waitFor();
    expect(await frame.getAttribute("src")).toBe("https://www.youtube-nocookie.com/embed/549hjuc7trk?start=2007");
    expect(await frame.getAttribute("title")).toBe("The talk at the conference");
    expect(await frame.getAttribute("sandbox")).toBe("allow-scripts allow-same-origin allow-presentation allow-popups");
    expect(await page.locator(".embed-placeholder").count()).toBe(0);
    await expect.poll(() => elsewhere).toEqual(["https://www.youtube-nocookie.com/embed/549hjuc7trk?start=2007"]);
    expect(violations).toEqual([]);
    await page.close();
  }, 60_000);

  it("frames only a host the page's policy names, whatever a placeholder's data-embed-src says", async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(server.origin)) elsewhere.push(r.url());
    });
    await page.goto(`${server.origin}/2024/06/advisory/`);
    // A placeholder markup could forge, were it to reach the page: a host the site does not frame, and look-alikes.
    await page.evaluate(() => {
      const srcs = [
        "https://evil.example/",
        "https://player.vimeo.com.evil.example/",
        "https://player.vimeo.com:8443/video/1",
      ];
      for (const src of srcs) {
        const figure = document.createElement("figure");
        figure.className = "embed";
        figure.setAttribute("data-embed-src", src);
        figure.innerHTML =
          '<div class="embed-placeholder"><button type="button" class="embed-load">Forged</button></div>';
        document.querySelector(".story-body")!.append(figure);
      }
    });
    for (const button of await page.getByRole("button", { name: "Forged" }).all()) await button.click();
    expect(await page.locator("iframe").count()).toBe(0);
    expect(elsewhere).toEqual([]);
    await page.close();
  }, 60_000);

  it("leaves the advisory's code blocks, table region and placeholder with no axe violations", async () => {
    // axe is injected inline, which the page's CSP blocks; the policy itself is held by the test above.
    const page = await browser.newPage({ bypassCSP: true, viewport: { width: 390, height: 900 } });
    await page.goto(`${server.origin}/2024/06/advisory/`);
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async (tags) => {
      type Axe = {
        run: (d: Document, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
      };
      const result = await (window as unknown as { axe: Axe }).axe.run(document, {
        runOnly: { type: "tag", values: tags },
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    }, AXE_TAGS);
    expect(violations).toEqual([]);
    await page.close();
  }, 60_000);
});
