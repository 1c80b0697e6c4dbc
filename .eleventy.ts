import { fileURLToPath } from "node:url";
import newsdesk, { type EleventyConfig } from "./src/plugin.ts";

// Absolute, so the newsdesk command works from any folder, not only the project's.
const PAGES = fileURLToPath(new URL("./layouts/pages", import.meta.url));

/**
 * Eleventy's configuration: the directories, then newsdesk's plugin does everything else. The command line adds
 * the plugin first, with its options (src/cli/eleventy.ts); the plugin is unique, so this one then stands aside.
 */
export default function (eleventyConfig: EleventyConfig) {
  // Eleventy's input holds no content: articles are read by newsdesk itself, never as Eleventy templates.
  eleventyConfig.setInputDirectory(PAGES);
  eleventyConfig.addPlugin(newsdesk);
  // No Markdown or HTML file is ever run through a template engine.
  return { templateFormats: ["11ty.js"], markdownTemplateEngine: false, htmlTemplateEngine: false };
}
