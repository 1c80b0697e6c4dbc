import { load } from "cheerio";
import fc from "fast-check";
import { DateTime } from "luxon";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { renderPage } from "../../layouts/render-page.ts";
import { createMentionFinder } from "../../src/content/lints/mentions.ts";
import { createMarkdown } from "../../src/content/markdown.ts";
import { validateArticle } from "../../src/content/validate-article.ts";
import type { SiteContent } from "../../src/content/load.ts";
import { fingerprinted, fingerprintedModule } from "../../src/site/assets.ts";
import { SITE_DEFAULTS } from "../../src/model/site-config.ts";
import { buildSiteModel } from "../../src/site/site-model.ts";
import { Urls } from "../../src/model/urls.ts";
import { createRegistry } from "../../src/taxonomy/registry.ts";

const { registry } = createRegistry({ agencies: [{ name: "Europol" }] }, "e.yaml", () => ({ line: 1, column: 1 }));
const context = {
  registry,
  zone: "UTC",
  now: DateTime.fromISO("2026-01-01T00:00:00Z"),
  md: createMarkdown(),
  env: { pathPrefix: "/" },
  render: true,
  mentions: createMentionFinder(registry),
};
const CANARY = "<b data-canary>x</b>";
const ASSETS = {
  stylesheet: fingerprinted("site", "css", ""),
  searchScript: fingerprinted("search", "js", ""),
  searchBundles: fingerprintedModule("search-bundles", ""),
  embedScript: fingerprinted("embed", "js", ""),
  queryScript: fingerprinted("query-redirect", "js", ""),
  logo: fingerprinted("logo", "svg", ""),
  worldMap: fingerprinted("world", "svg", ""),
};
const WORLD = { width: 1000, height: 440, countries: new Map() };

// Text that mixes markup, quotes, YAML-significant characters and the canary element.
const hostileText = fc.oneof(
  fc.string(),
  fc.constantFrom(
    CANARY,
    "</title><script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ 7*7 }}",
    "&amp; ' \"",
    "\u202e",
    "__proto__",
  ),
  fc.tuple(fc.string(), fc.constant(CANARY), fc.string()).map((parts) => parts.join("")),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(hostileText, fc.integer(), fc.constant(null)), { maxLength: 4 }),
);
const frontMatter = fc.record(
  {
    title: fc.oneof({ arbitrary: hostileText, weight: 4 }, { arbitrary: value, weight: 1 }),
    date: fc.oneof(
      { arbitrary: fc.constant("2020-01-01"), weight: 6 },
      { arbitrary: fc.constant("2020-02-30"), weight: 1 },
      { arbitrary: hostileText, weight: 1 },
    ),
    summary: fc.oneof(hostileText, value),
    agencies: fc.oneof(fc.array(hostileText, { maxLength: 3 }), value),
    topics: fc.oneof(fc.array(fc.oneof(hostileText, fc.constant(CANARY)), { maxLength: 3 }), value),
    author: fc.oneof(hostileText, value),
    slug: fc.oneof(fc.constant("fixed-slug"), hostileText),
  },
  { requiredKeys: ["title", "date"] },
);
const markdown = fc.oneof(
  fc.string(),
  fc
    .array(
      fc.oneof(
        hostileText,
        fc.constantFrom(
          "# h",
          "> q",
          "- l",
          "[a](javascript:alert(1))",
          "![x](/y.png)",
          "<script>alert(1)</script>",
          "`code`",
          "\n\n",
        ),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(" ")),
);

function siteContent(articles: SiteContent["articles"]): SiteContent {
  return {
    site: SITE_DEFAULTS,
    urls: new Urls(SITE_DEFAULTS.url, "/"),
    registry,
    articles,
    pages: [],
    diagnostics: [],
  };
}

describe("random front-matter and Markdown", () => {
  it("either validate or report errors, never crash, and never put markup from front-matter or bodies on a page", () => {
    let rendered = 0;
    fc.assert(
      fc.property(
        frontMatter,
        fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), value, { maxKeys: 3 }),
        markdown,
        (fields, extra, body) => {
          const text = `---\n${stringify({ ...extra, ...fields })}---\n${body}\n`;
          const result = validateArticle("articles/random.md", text, context);
          expect(Array.isArray(result.diagnostics)).toBe(true);
          if (!result.article) {
            expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
            return;
          }
          rendered++;
          const model = buildSiteModel(siteContent([result.article]), 2026);
          const ctx = {
            model,
            assets: ASSETS,
            world: WORLD,
            images: new Map(),
            preview: false,
            searchBundles: ["/pagefind/"],
          };
          for (const page of model.pages) {
            const $ = load(renderPage(ctx, page));
            expect($("[data-canary]").length, page.path).toBe(0);
            // Only script files and JSON-LD data blocks; the data must parse back to the exact title.
            expect($("script:not([src]):not([type='application/ld+json'])").length, page.path).toBe(0);
            $("script[type='application/ld+json']").each((_, el) => {
              const data = JSON.parse($(el).text()) as { "@type": string; headline?: string };
              if (data["@type"] === "NewsArticle") expect(data.headline).toBe(result.article!.title);
            });
            expect($("[onerror]").length, page.path).toBe(0);
            expect($("a[href^='javascript:']").length, page.path).toBe(0);
          }
        },
      ),
      { numRuns: 500, seed: 20261123 },
    );
    // The property is only worth something if many random articles got as far as a page.
    expect(rendered).toBeGreaterThan(50);
  });

  it("never pollutes Object.prototype, whatever the keys", () => {
    fc.assert(
      fc.property(fc.constantFrom("__proto__", "constructor", "prototype"), value, (key, v) => {
        validateArticle(
          "articles/p.md",
          `---\ntitle: t\ndate: 2020-01-01\n${key}:\n  polluted: ${JSON.stringify(v)}\nnested:\n  ${key}:\n    polluted: true\n---\nb\n`,
          context,
        );
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 50, seed: 7 },
    );
  });
});
