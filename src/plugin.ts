import { readFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { ContentError, hasErrors, type Diagnostic } from "./content/diagnostics.ts";
import { loadContent } from "./content/load.ts";
import { REFUSING_ENGINES } from "./content/front-matter.ts";
import { createMarkdown } from "./content/markdown.ts";
import { checkBodyLinks } from "./site/link-check.ts";
import { buildSiteModel, type SiteModel } from "./site/pages.ts";
import { searchRecords } from "./search/records.ts";
import { writeSearchIndex } from "./search/write-index.ts";
import { fingerprinted } from "./site/assets.ts";
import { logoSvg } from "./site/logo.ts";
import { siteOutputs, type OutputFile } from "./site/outputs.ts";
import { renderPage } from "../layouts/pages.ts";
import { errorPage } from "../layouts/error.ts";
import { PATHS, homePath, outputFileFor } from "./site/urls.ts";

/** How newsdesk builds: set by the command line, defaults for a plain Eleventy run. */
export interface NewsdeskOptions {
  /** Content folder (articles/, pages/, _data/). */
  readonly contentDir: string;
  readonly drafts: boolean;
  readonly future: boolean;
  readonly baseUrl?: string;
  readonly pathPrefix?: string;
  /** ISO date-time of the build's "now"; the clock when absent. */
  readonly now?: string;
  /** Serve mode: drafts and scheduled articles carry a visible banner. */
  readonly preview: boolean;
  /** Told what each load found, before pages are written. */
  readonly onLoaded?: (diagnostics: readonly Diagnostic[], model: SiteModel | undefined) => void;
}

const DEFAULTS: NewsdeskOptions = { contentDir: "content", drafts: false, future: false, preview: false };

/** The command line hands its options over here (a plain Eleventy run finds none and uses the defaults). */
export const RUN_OPTIONS = Symbol.for("newsdesk.run-options");

/** newsdesk as an Eleventy plugin: the only code that talks to Eleventy. */
export default function newsdesk(eleventyConfig: any, overrides: Partial<NewsdeskOptions> = {}): void {
  const handed = (globalThis as Record<symbol, Partial<NewsdeskOptions> | undefined>)[RUN_OPTIONS] ?? {};
  const options: NewsdeskOptions = { ...DEFAULTS, ...handed, ...overrides };
  const asset = (name: string) => readFileSync(fileURLToPath(new URL(`../layouts/assets/${name}`, import.meta.url)), "utf8");
  const css = asset("site.css");
  const searchScript = fingerprinted("search", "js", asset("search.js"));
  let outputs: OutputFile[] = [];
  let lastPaths: string[] = [];
  let built: SiteModel | undefined;

  // Markdown: content never passes through Eleventy's template engines; this instance is the safe one.
  eleventyConfig.setLibrary("md", createMarkdown());
  eleventyConfig.setDataFileSuffixes([]);
  // Should Eleventy ever parse a file's front-matter, executable languages throw instead of running.
  eleventyConfig.setFrontMatterParsingOptions({ engines: REFUSING_ENGINES });
  eleventyConfig.setQuietMode(true);

  // Data & validation: the whole content folder is loaded, validated and rendered once per build.
  eleventyConfig.addWatchTarget(resolve(options.contentDir));
  eleventyConfig.on("eleventy.before", async () => {
    const now = options.now ? DateTime.fromISO(options.now) : DateTime.now();
    const content = await loadContent({ ...options, now, render: true });
    built = undefined;
    if (hasErrors(content.diagnostics)) {
      options.onLoaded?.(content.diagnostics, undefined);
      if (!options.preview) throw new ContentError(content.diagnostics);
      // serve keeps running: every page of the last good build shows the errors until they are fixed.
      const page = errorPage(content.diagnostics);
      outputs = [...new Set([homePath(), PATHS.notFound, ...lastPaths])].map((path) => ({ path, file: outputFileFor(path), render: () => page }));
      return;
    }
    const model = buildSiteModel(content, now.year);
    options.onLoaded?.([...content.diagnostics, ...checkBodyLinks(model)], model);
    const assets = { stylesheet: fingerprinted("site", "css", css), searchScript, logo: fingerprinted("logo", "svg", logoSvg(content.site.title)) };
    const ctx = { model, assets, preview: options.preview };
    outputs = siteOutputs(model, assets, now, (page) => renderPage(ctx, page));
    lastPaths = model.pages.map((p) => p.path);
    built = model;
  });

  // Virtual pages: one template paginates over every output file; the list is held by reference, never merged.
  eleventyConfig.addGlobalData("newsdesk", () => new OutputList(() => outputs));
  eleventyConfig.addTemplate("newsdesk-pages.11ty.js", {
    data: {
      pagination: { data: "newsdesk.files", size: 1, alias: "output" },
      permalink: (data: { output: OutputFile }) => data.output.file,
      eleventyExcludeFromCollections: true,
    },
    render: (data: { output: OutputFile; eleventy: unknown }) => data.output.render(),
  });

  // Events: a last guard that nothing is written outside the output folder, then the search index.
  eleventyConfig.on("eleventy.after", async ({ directories, results }: { directories: { output: string }; results: { outputPath: string | false }[] }) => {
    const root = resolve(directories.output) + sep;
    for (const r of results) {
      if (r.outputPath && !resolve(r.outputPath).startsWith(root)) throw new Error(`newsdesk wrote outside the output folder: ${r.outputPath}`);
    }
    if (built) {
      const { articles, site } = built.content;
      await writeSearchIndex(searchRecords(articles, site.language), join(root, "pagefind"));
    }
  });
}

// A class instance, so Eleventy's data merge keeps a reference instead of deep-copying every page.
class OutputList {
  constructor(private readonly get: () => OutputFile[]) {}
  get files(): OutputFile[] {
    return this.get();
  }
}
