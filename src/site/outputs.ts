import { createHash } from "node:crypto";
import type { Article } from "../content/article.ts";
import { isoDateTime } from "../content/dates.ts";
import { atomFeed, type FeedInfo } from "../feeds/atom.ts";
import { jsonFeed } from "../feeds/json-feed.ts";
import { robots, sitemap, type SitemapEntry } from "../seo/sitemap.ts";
import { TAXONOMIES, TAXONOMY_LABELS } from "../taxonomy/entity.ts";
import type { PageData, SiteModel } from "./pages.ts";
import { PATHS, homePath, outputFileFor, termFeedPath, termPath } from "./urls.ts";

/** One file of the built site: its site path, where it is written, and how to make its text. */
export interface OutputFile {
  readonly path: string;
  /** Path relative to the output folder. */
  readonly file: string;
  readonly render: () => string;
}

/** The fingerprinted name of a stylesheet: /assets/site.HASH.css. */
export function stylesheetPath(css: string): string {
  return `/assets/site.${createHash("sha256").update(css).digest("hex").slice(0, 10)}.css`;
}

/**
 * Every file of the site: HTML pages (rendered by `renderPage`), the stylesheet, feeds, sitemap and robots.txt.
 * Paths are checked here, once, to stay inside the output folder.
 */
export function siteOutputs(model: SiteModel, css: string, renderPage: (page: PageData) => string): OutputFile[] {
  const { site, urls, articles } = model.content;
  const file = (path: string, render: () => string): OutputFile => ({ path, file: outputFileFor(path), render });
  const feed = (title: string, feedPath: string, pagePath: string, list: readonly Article[]) => {
    const info: FeedInfo = { title, subtitle: site.description, feedPath, pagePath, language: site.language, author: site.copyright };
    return atomFeed(info, list, urls);
  };
  const termFeeds = TAXONOMIES.flatMap((kind) =>
    model.terms[kind].map((term) =>
      file(termFeedPath(kind, term.entity.slug), () =>
        feed(`${term.entity.name} (${TAXONOMY_LABELS[kind].singular.toLowerCase()}) — ${site.title}`, termFeedPath(kind, term.entity.slug), termPath(kind, term.entity.slug), term.articles),
      ),
    ),
  );
  const sitemapEntries: SitemapEntry[] = model.pages
    .filter((p) => p.kind !== "not-found" && p.kind !== "search")
    .map((p) => ({ path: p.path, lastmod: p.kind === "article" ? isoDateTime(p.article.updated ?? p.article.date) : undefined }));
  return [
    ...model.pages.map((page) => file(page.path, () => renderPage(page))),
    file(stylesheetPath(css), () => css),
    file(PATHS.atom, () => feed(site.title, PATHS.atom, homePath(), articles)),
    file(PATHS.json, () => jsonFeed({ title: site.title, subtitle: site.description, feedPath: PATHS.json, pagePath: homePath(), language: site.language, author: site.copyright }, articles, urls)),
    ...termFeeds,
    file(PATHS.sitemap, () => sitemap(sitemapEntries, urls)),
    file(PATHS.robots, () => robots(PATHS.sitemap, urls)),
  ];
}
