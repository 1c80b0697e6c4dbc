import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { renderPage } from "../../../layouts/render-page.ts";
import { emptyLoadMemo, loadContentWith, type LoadMemo } from "../../../src/content/load.ts";
import { fingerprinted, fingerprintedModule } from "../../../src/site/assets.ts";
import { buildSiteModel, type SiteModel } from "../../../src/site/site-model.ts";
import { patchModel } from "../../../src/site/patch-model.ts";
import { fixture, tempDir } from "../../helpers/cli.ts";

const NOW = DateTime.fromISO("2026-01-01T12:00:00Z");
const ASSETS = {
  stylesheet: fingerprinted("site", "css", ""),
  searchScript: fingerprinted("search", "js", ""),
  searchBundles: fingerprintedModule("search-bundles", ""),
  embedScript: fingerprinted("embed", "js", ""),
  queryScript: fingerprinted("query-redirect", "js", ""),
  logo: fingerprinted("logo", "svg", ""),
  worldMap: fingerprinted("world", "svg", ""),
};
const render = (model: SiteModel, path: string) =>
  renderPage(
    {
      model,
      assets: ASSETS,
      world: { width: 1000, height: 440, countries: new Map() },
      images: new Map(),
      preview: true,
      searchBundles: ["/pagefind/"],
    },
    model.pages.find((p) => p.path === path)!,
  );

describe("patchModel", () => {
  it("swaps an article edited in place into the pages that list it, as a new model would show them", async () => {
    const content = join(await tempDir(), "content");
    cpSync(fixture("basic"), content, { recursive: true });
    let memo: LoadMemo | undefined = emptyLoadMemo();
    const load = async () => {
      const loaded = await loadContentWith({
        contentDir: content,
        drafts: true,
        future: true,
        now: NOW,
        render: true,
        memo,
      });
      memo = loaded.memo;
      return loaded.content;
    };
    const before = await load();
    const model = buildSiteModel(before, 2026);
    const file = join(content, "articles/2020/amaq.md");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(
        "title: Amaq servers seized",
        "title: Amaq servers seized, and a longer headline",
      ),
    );
    const after = await load();
    const edited = after.articles.find((a) => a.path === "/2020/01/amaq/")!;
    const old = model.content.articles.find((a) => a.path === edited.path)!;
    expect(old).not.toBe(edited);
    // Articles whose files did not change are the very same objects.
    expect(after.articles.filter((a) => a !== edited).every((a) => model.content.articles.includes(a))).toBe(true);

    // The pages whose data holds the old article: what serve's memo would name.
    const holds = (value: unknown, seen = new Set<unknown>()): boolean => {
      if (value === old) return true;
      if (
        value === null ||
        typeof value !== "object" ||
        seen.has(value) ||
        model.content.articles.includes(value as never)
      )
        return false;
      seen.add(value);
      return Object.values(value).some((v) => holds(v, seen));
    };
    const listing = model.pages.filter((p) => holds(p)).map((p) => p.path);
    expect(listing).toEqual(expect.arrayContaining(["/", "/2020/01/amaq/", "/outlets/amaq/", "/2020/", "/2020/01/"]));
    const patched = patchModel(model, after, new Map([[old, edited]]), (page) => listing.includes(page.path));
    const rebuilt = buildSiteModel(after, 2026);
    for (const path of listing) {
      const html = render(patched, path);
      expect(html, path).toContain("Amaq servers seized, and a longer headline");
      expect(html, path).toBe(render(rebuilt, path));
    }
    // Pages not named are left alone, the same objects as before; the model's lists carry the new article.
    const lonely = model.pages.find((p) => p.path === "/2021/02/lonely/");
    expect(patched.pages).toContain(lonely);
    expect(patched.content.articles).toContain(edited);
    expect(patched.terms.outlets.find((t) => t.entity.slug === "amaq")!.articles).toContain(edited);
  });
});
