import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { FLOOR_LAYOUT, floorSiteFiles } from "../../bench/floor-site.ts";
import { writeSiteFiles } from "../../bench/site-files.ts";
import { markdownItUrl } from "../../bench/contenders.ts";
import { tempDir } from "../helpers/cli.ts";

describe("floorSiteFiles", () => {
  const markdownIt = markdownItUrl();

  it("is an Eleventy config and one plain Nunjucks layout", () => {
    const files = floorSiteFiles("/archive/content/articles", markdownIt);
    expect(files.map((f) => f.path)).toEqual(["eleventy.config.mjs", "_includes/floor.njk"]);
    expect(files[1]!.text).toBe(FLOOR_LAYOUT);
    expect(FLOOR_LAYOUT).toBe(
      '<!doctype html>\n<html><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main>{{ content | safe }}</main></body></html>\n',
    );
    const config = files[0]!.text;
    expect(config).toContain(`import markdownIt from ${JSON.stringify(markdownIt)};`);
    expect(config).toContain('const input = "/archive/content/articles";');
  });

  it("configures markdown-it, the layout for every page and Markdown without a template engine, nothing else", async () => {
    const project = join(await tempDir(), "floor");
    const articles = join(project, "..", "content", "articles");
    await writeSiteFiles(project, floorSiteFiles(articles, markdownIt));
    const calls: string[] = [];
    const eleventyConfig = {
      setLibrary: (name: string, library: { render: (s: string) => string }) =>
        calls.push(`setLibrary ${name} ${library.render("*a*").trim()}`),
      addGlobalData: (name: string, value: string) => calls.push(`addGlobalData ${name} ${value}`),
    };
    const module = (await import(pathToFileURL(join(project, "eleventy.config.mjs")).href)) as {
      default: (c: typeof eleventyConfig) => unknown;
    };
    expect(module.default(eleventyConfig)).toEqual({
      dir: { input: articles, includes: "../../floor/_includes" },
      markdownTemplateEngine: false,
      templateFormats: ["md"],
    });
    expect(calls).toEqual(["setLibrary md <p><em>a</em></p>", "addGlobalData layout floor.njk"]);
  });
});
