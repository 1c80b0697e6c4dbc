import { REFUSING_ENGINES } from "./content/front-matter.ts";
import { createMarkdown } from "./content/markdown.ts";
import { resolveOptions, type NewsdeskOptions } from "./build/build-options.ts";
import type { OutputFile } from "./build/outputs.ts";
import { SiteBuild } from "./build/site-build.ts";

/** What newsdesk uses of Eleventy's configuration API (Eleventy ships no types). */
export interface EleventyConfig {
  setLibrary(name: "md", library: unknown): void;
  setDataFileSuffixes(suffixes: string[]): void;
  setFrontMatterParsingOptions(options: { engines: unknown }): void;
  setQuietMode(quiet: boolean): void;
  setChokidarConfig(config: object): void;
  setInputDirectory(dir: string): void;
  addWatchTarget(path: string): void;
  addGlobalData(name: string, data: () => unknown): void;
  addTemplate(name: string, template: object): void;
  addPlugin(
    plugin: (config: EleventyConfig, options: Partial<NewsdeskOptions>) => void,
    options?: Partial<NewsdeskOptions>,
  ): void;
  on(event: string, listener: (...args: never[]) => unknown): void;
}

interface Directories {
  readonly directories: { readonly output: string };
}

/**
 * newsdesk as an Eleventy plugin: the only code that talks to Eleventy's configuration. Everything it does is a
 * call into src/build/; the command line hands it its options through Eleventy's config callback.
 */
export default function newsdesk(eleventyConfig: EleventyConfig, given: Partial<NewsdeskOptions> = {}): void {
  const options = resolveOptions(given);
  const site = new SiteBuild(options);

  // Libraries: content never passes through Eleventy's template engines; this Markdown instance is the safe one.
  eleventyConfig.setLibrary("md", createMarkdown());
  eleventyConfig.setDataFileSuffixes([]);
  // Should Eleventy ever parse a file's front-matter, executable languages throw instead of running.
  eleventyConfig.setFrontMatterParsingOptions({ engines: REFUSING_ENGINES });
  eleventyConfig.setQuietMode(true);
  // serve: a save is reported once the file has been still for 50 ms (Eleventy waits 150 ms); articles are small
  // files written at once, and a half-written one would only be read again on the change that completes it.
  if (options.preview)
    eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });

  // Data: the whole content folder is loaded, validated and rendered once per build, by the pipeline.
  eleventyConfig.addWatchTarget(options.contentDir);
  // The output list is handed by reference (a class instance), so Eleventy's data merge never copies every page.
  eleventyConfig.addGlobalData("newsdesk", () => new OutputList(() => site.files()));

  // Virtual pages: one template paginates over every output file.
  eleventyConfig.addTemplate("newsdesk-pages.11ty.js", {
    data: {
      pagination: { data: "newsdesk.files", size: 1, alias: "output" },
      permalink: (data: { output: OutputFile }) => data.output.file,
      eleventyExcludeFromCollections: true,
    },
    render: (data: { output: OutputFile }) => site.render(data.output),
  });

  // Events: the watcher's changes, the pipeline before each write, the search index and summary after it.
  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => site.sawChanged(queue));
  eleventyConfig.on("eleventy.before", ({ directories }: Directories) => site.before(directories.output));
  eleventyConfig.on(
    "eleventy.after",
    ({ directories, results }: Directories & { results: { outputPath: string | false }[] }) =>
      site.after(
        directories.output,
        results.map((r) => r.outputPath),
      ),
  );
}

// The first addPlugin wins: the command line's (with its options) over the config file's (with the defaults).
Object.assign(newsdesk, { eleventyPluginOptions: { unique: true } });

// A class instance, so Eleventy's data merge keeps a reference instead of deep-copying every page.
class OutputList {
  constructor(private readonly get: () => OutputFile[]) {}
  get files(): OutputFile[] {
    return this.get();
  }
}
