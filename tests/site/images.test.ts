import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, buildSite, fixture } from "../helpers/cli.ts";
import { brokenReferences, siteReferences } from "../helpers/page-links.ts";
import { fileFor, listFiles, page } from "../helpers/site.ts";

const ARTICLE = "/2024/05/harbour/";
const BODY_SIZES = "(min-width: 42.5rem) 40rem, calc(100vw - 2.5rem)";
let out: string;
let prefixed: string;

beforeAll(async () => {
  const builds = [buildSite(fixture("images")), buildSite(fixture("images"), ["--path-prefix", "/news/"])];
  [out, prefixed] = (await Promise.all(builds)) as [string, string];
});

describe("lead images from the content folder", () => {
  it("are resized into WebP and the original format at 480, 960 and 1600 px (never wider than the original)", () => {
    const made = listFiles(out).filter((f) => f.startsWith("img/"));
    expect(made.map((f) => f.replace(/^img\/[\w-]+?-(\d+)\.(\w+)$/, "$1.$2")).sort()).toEqual([
      "1600.png",
      "1600.webp",
      "480.png",
      "480.webp",
      "960.png",
      "960.webp",
    ]);
  });

  it("are shown with width, height, lazy loading, sizes and a srcset per format", () => {
    const $ = page(out, ARTICLE);
    const img = $(".lead-image picture img");
    expect(img.attr("width")).toBe("1600");
    expect(img.attr("height")).toBe("888");
    expect(img.attr("loading")).toBe("lazy");
    expect(img.attr("decoding")).toBe("async");
    expect(img.attr("alt")).toBe("Cranes and stacked containers on the harbour front at dusk.");
    expect(img.attr("src")).toMatch(/^\/img\/[\w-]+-1600\.png$/);
    expect(
      img
        .attr("srcset")!
        .split(", ")
        .map((c) => c.split(" ")[1]),
    ).toEqual(["480w", "960w", "1600w"]);
    expect(img.attr("sizes")).toBe("(min-width: 78.5rem) 73.5rem, calc(100vw - 2.5rem)");
    const webp = $(".lead-image picture source[type='image/webp']");
    expect(
      webp
        .attr("srcset")!
        .split(", ")
        .map((c) => c.split(" ")[0]!)
        .every((p) => p.endsWith(".webp") && existsSync(fileFor(out, p))),
    ).toBe(true);
  });

  it("give link previews the resized image's absolute URL, and every candidate resolves", () => {
    const $ = page(out, ARTICLE);
    expect($("meta[property='og:image']").attr("content")).toBe(
      `https://images.example${$(".lead-image img").attr("src")}`,
    );
    const data = JSON.parse($('script[type="application/ld+json"]').first().text()) as { image: string[] };
    expect(data.image).toEqual([$("meta[property='og:image']").attr("content")]);
    expect(brokenReferences(out, siteReferences(out), "https://images.example")).toEqual([]);
  });

  it("follow the path prefix", () => {
    const $ = page(prefixed, ARTICLE);
    expect($(".lead-image img").attr("src")).toMatch(/^\/news\/img\/[\w-]+-1600\.png$/);
    expect($(".lead-image source").attr("srcset")).toMatch(/^\/news\/img\//);
  });
});

describe("body images from the content folder", () => {
  it("are the lead image's resized files, with width, height, srcset and sizes of the text column, lazily", () => {
    const $ = page(out, ARTICLE);
    const imgs = $(".story-body picture img");
    // images/harbour.png and /images/harbour.png: one picture, the same files as the lead image's.
    expect(imgs.length).toBe(2);
    const alts = imgs.map((_, el) => $(el).attr("alt")).get();
    expect(alts).toEqual(["The container terminal & its cranes at night", 'A "machine part" crate']);
    for (const el of imgs.toArray()) {
      const img = $(el);
      expect(img.attr("src")).toBe($(".lead-image img").attr("src"));
      const shown = ["width", "height", "loading", "decoding"].map((name) => img.attr(name));
      expect(shown).toEqual(["1600", "888", "lazy", "async"]);
      expect(img.attr("sizes")).toBe(BODY_SIZES);
      expect(
        img
          .attr("srcset")!
          .split(", ")
          .map((c) => c.split(" ")[1]),
      ).toEqual(["480w", "960w", "1600w"]);
      expect(img.attr("data-newsdesk-image")).toBeUndefined();
      const webp = img.siblings("source[type='image/webp']");
      expect(webp.attr("sizes")).toBe(BODY_SIZES);
      const candidates = [...img.attr("srcset")!.split(", "), ...webp.attr("srcset")!.split(", ")];
      const files = candidates.map((c) => c.split(" ")[0]!);
      expect(files.filter((f) => !existsSync(fileFor(out, f)))).toEqual([]);
    }
    expect($(".story-body img").length).toBe(2);
  });

  it("with a title and alone in their paragraph, are a figure with that caption", () => {
    const $ = page(out, ARTICLE);
    const figure = $(".story-body > figure > picture > img");
    expect(figure.attr("alt")).toBe("The container terminal & its cranes at night");
    expect($(".story-body > figure > figcaption").text()).toBe("The terminal, photographed from the water");
    expect($(".story-body p picture img").attr("alt")).toBe('A "machine part" crate');
  });

  it("carry the resized files in feeds, and follow the path prefix", () => {
    type Feed = { items: { content_html: string }[] };
    const feed = JSON.parse(readFileSync(join(out, "feed.json"), "utf8")) as Feed;
    expect(feed.items[0]!.content_html).toMatch(/<img src="https:\/\/images\.example\/img\/[\w-]+-1600\.png"/);
    const $ = page(prefixed, ARTICLE);
    const srcs = $(".story-body img")
      .map((_, el) => $(el).attr("src"))
      .get();
    expect(srcs.filter((src) => !/^\/news\/img\/[\w-]+-1600\.png$/.test(src))).toEqual([]);
    expect(srcs).toHaveLength(2);
    expect($(".story-body source").attr("srcset")).toMatch(/^\/news\/img\//);
  });

  it("make a page html-validate finds nothing on", async () => {
    const config = JSON.parse(readFileSync(join(ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const report = await validator.validateString(readFileSync(fileFor(out, ARTICLE), "utf8"));
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line} ${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});
