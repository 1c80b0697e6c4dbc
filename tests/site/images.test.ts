import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, fixture } from "../helpers/cli.ts";
import { brokenReferences, siteReferences } from "../helpers/links.ts";
import { fileFor, listFiles, page } from "../helpers/site.ts";

const ARTICLE = "/2024/05/harbour/";
let out: string;

beforeAll(async () => {
  out = await buildSite(fixture("images"));
});

describe("lead images from the content folder", () => {
  it("are resized into WebP and the original format at 480, 960 and 1600 px (never wider than the original)", () => {
    const made = listFiles(out).filter((f) => f.startsWith("img/"));
    expect(made.map((f) => f.replace(/^img\/[\w-]+?-(\d+)\.(\w+)$/, "$1.$2")).sort()).toEqual(["1600.png", "1600.webp", "480.png", "480.webp", "960.png", "960.webp"]);
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
    expect(img.attr("srcset")!.split(", ").map((c) => c.split(" ")[1])).toEqual(["480w", "960w", "1600w"]);
    expect(img.attr("sizes")).toBe("(min-width: 78.5rem) 73.5rem, calc(100vw - 2.5rem)");
    const webp = $(".lead-image picture source[type='image/webp']");
    expect(webp.attr("srcset")!.split(", ").map((c) => c.split(" ")[0]!).every((p) => p.endsWith(".webp") && existsSync(fileFor(out, p)))).toBe(true);
  });

  it("give link previews the resized image's absolute URL, and every candidate resolves", () => {
    const $ = page(out, ARTICLE);
    expect($("meta[property='og:image']").attr("content")).toBe(`https://images.example${$(".lead-image img").attr("src")}`);
    const data = JSON.parse($('script[type="application/ld+json"]').first().text()) as { image: string[] };
    expect(data.image).toEqual([$("meta[property='og:image']").attr("content")]);
    expect(brokenReferences(out, siteReferences(out), "https://images.example")).toEqual([]);
  });

  it("follow the path prefix", async () => {
    const prefixed = await buildSite(fixture("images"), ["--path-prefix", "/news/"]);
    const $ = page(prefixed, ARTICLE);
    expect($(".lead-image img").attr("src")).toMatch(/^\/news\/img\/[\w-]+-1600\.png$/);
    expect($(".lead-image source").attr("srcset")).toMatch(/^\/news\/img\//);
  });
});
