import { fileURLToPath } from "node:url";
import newsdesk from "./src/plugin.ts";

// Absolute, so the newsdesk command works from any folder, not only the project's.
const PAGES = fileURLToPath(new URL("./layouts/pages", import.meta.url));

/** The part of Eleventy's (untyped) configuration API this file calls. */
interface EleventyConfig {
  setInputDirectory(dir: string): void;
  addPlugin(plugin: typeof newsdesk): void;
}

/** Eleventy's configuration: the directories, then newsdesk's plugin does everything else. */
export default function (eleventyConfig: EleventyConfig) {
  // Eleventy's input holds no content: articles are read by newsdesk itself, never as Eleventy templates.
  eleventyConfig.setInputDirectory(PAGES);
  eleventyConfig.addPlugin(newsdesk);
  // No Markdown or HTML file is ever run through a template engine.
  return { templateFormats: ["11ty.js"], markdownTemplateEngine: false, htmlTemplateEngine: false };
}
