import type { SiteFile } from "./site-files.ts";

/** Where the floor's project keeps its layout, relative to the project folder. */
const LAYOUT = "_includes/floor.njk";

/**
 * The bare-Eleventy floor, as a project folder of two files: an Eleventy config reading the Markdown of
 * `articlesDir` (an absolute path: the very files newsdesk builds) with markdown-it, through one plain Nunjucks
 * layout. Nothing else: no taxonomy, no collections, no pagination, no feeds; Markdown is not run through a
 * template engine first. What Eleventy needs for this much is the least any Eleventy-based build can take.
 */
export function floorSiteFiles(articlesDir: string, markdownIt: string): SiteFile[] {
  return [
    { path: "eleventy.config.mjs", text: floorConfig(articlesDir, markdownIt) },
    { path: LAYOUT, text: FLOOR_LAYOUT },
  ];
}

/** The floor's one layout: a title and the rendered Markdown. */
export const FLOOR_LAYOUT =
  '<!doctype html>\n<html><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main>{{ content | safe }}</main></body></html>\n';

/** The floor's Eleventy config: input is the articles folder, the layout is found in the project folder. */
export function floorConfig(articlesDir: string, markdownIt: string): string {
  return `// The bare-Eleventy floor of newsdesk bench: Markdown through markdown-it into one Nunjucks layout.
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import markdownIt from ${JSON.stringify(markdownIt)};

const input = ${JSON.stringify(articlesDir)};

export default function (eleventyConfig) {
  eleventyConfig.setLibrary("md", markdownIt({ html: true }));
  eleventyConfig.addGlobalData("layout", "floor.njk");
  return {
    // Eleventy looks for includes relative to the input folder, which lies outside this project.
    dir: { input, includes: relative(input, fileURLToPath(new URL("./_includes", import.meta.url))) },
    markdownTemplateEngine: false,
    templateFormats: ["md"],
  };
}
`;
}
