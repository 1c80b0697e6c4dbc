import type { DateTime } from "luxon";
import { loadContent, loadContentWith, type LoadOptions, type LoadResult, type SiteContent } from "../content/load.ts";
import { imageUses } from "../content/content-images.ts";
import { hasErrors, strict, type Diagnostic } from "../model/diagnostic.ts";
import { withBodyImages } from "../site/place-body-images.ts";
import { checkBodyLinks } from "../site/link-check.ts";
import { siteAddresses, type SiteAddresses } from "../site/site-addresses.ts";
import type { ResponsiveImage } from "../site/responsive-image.ts";
import { buildSiteModel, relatedData, type SiteModel } from "../site/site-model.ts";
import { checkOutputClaims } from "./output-claims.ts";
import { processImages } from "./resize-images.ts";

/**
 * newsdesk's pipeline, one named phase after another. build and serve run all of it (src/build/site-build.ts);
 * check runs it up to validation (checkContent below). Each phase is a function of what the one before made.
 */
export const PHASES = {
  /** Reading the content folder, parsing front-matter and Markdown, rendering bodies: what any build must do. */
  load: "load + parse",
  /** Checking content against newsdesk's rules: fields, entities, body lints, references, links, output claims. */
  validate: "validate",
  /** Related articles, story threads and co-occurrence. */
  related: "related",
  /** The site model: which pages exist and what each lists. */
  model: "site model",
  /** Pages rendered by Eleventy's write, with the files it writes. */
  write: "render + write",
  /** Feeds, sitemaps, OPML and the other non-HTML outputs. */
  feeds: "feeds + sitemaps",
  /** The search index, built by Pagefind's own process from the moment the articles have loaded (so it overlaps). */
  search: "search index (alongside)",
} as const;

/** The phases a build reports, in order. */
export const PHASE_ORDER: readonly string[] = [
  PHASES.load,
  PHASES.validate,
  PHASES.related,
  PHASES.model,
  PHASES.write,
  PHASES.feeds,
  PHASES.search,
];

/** load: the content folder read and validated file by file, bodies rendered when asked. */
export function load(options: LoadOptions): Promise<LoadResult> {
  return loadContentWith(options);
}

/** validate, first half: the content's own problems, warnings counted as errors when `strictly`. */
export function contentProblems(content: SiteContent, strictly: boolean | undefined): readonly Diagnostic[] {
  return strictly ? strict(content.diagnostics) : content.diagnostics;
}

/**
 * Lead and body images, resized into `outputDir` before the model, so that every body (pages, feeds) shows the
 * resized files: the content with its bodies pointing at them, and the images by the path content gives.
 */
export async function placeImages(
  content: SiteContent,
  contentDir: string,
  outputDir: string,
): Promise<{ content: SiteContent; images: Map<string, ResponsiveImage> }> {
  const uses = [...content.articles, ...content.pages].flatMap(imageUses);
  const images = await processImages(uses, contentDir, outputDir);
  return { content: withBodyImages(content, images), images };
}

/** related + model: the site model, with related articles from `relate` (exact by default). */
export function model(
  content: SiteContent,
  year: number,
  relate: (articles: SiteContent["articles"]) => ReturnType<typeof relatedData> = (articles) =>
    relatedData(content, articles),
): SiteModel {
  return buildSiteModel(content, year, relate);
}

/**
 * validate, second half: what only the model can tell: pages and aliases claiming one file, links to no page
 * (`addresses`: every address the site answers) and links through a redirect.
 */
export function modelProblems(
  site: SiteModel,
  now: DateTime,
  addresses: SiteAddresses = siteAddresses(site),
): Diagnostic[] {
  return [...checkOutputClaims(site, now), ...checkBodyLinks(site, addresses)];
}

/**
 * `newsdesk check`: the pipeline up to validation, over drafts and scheduled articles too, without rendering: the
 * problems a build of this content folder would refuse or warn about, at once.
 */
export async function checkContent(
  contentDir: string,
  now: DateTime,
  strictly: boolean,
): Promise<{ content: SiteContent; diagnostics: Diagnostic[] }> {
  const content = await loadContent({ contentDir, now, drafts: true, future: true, render: false });
  // Links are checked against the pages the content would produce; only content without errors has a model.
  const all = hasErrors(content.diagnostics)
    ? content.diagnostics
    : [...content.diagnostics, ...modelProblems(model(content, now.year), now)];
  return { content, diagnostics: strictly ? strict(all) : [...all] };
}
