import type { Article } from "../model/article.ts";
import { isoDateTime } from "../model/dates.ts";
import { FEED_SIZE, atomFeed, type FeedInfo } from "../feeds/atom.ts";
import { jsonFeed } from "../feeds/json-feed.ts";
import type { DateTime } from "luxon";
import { topicFeedsOpml } from "../feeds/opml.ts";
import { newsSitemap, robots, sitemapFiles, sitemapPaths, type SitemapEntry } from "../seo/sitemap.ts";
import { escapeXml } from "../render/xml.ts";
import { TAXONOMIES, TAXONOMY_LABELS } from "../model/entity.ts";
import { redirectPage } from "../../layouts/redirect.ts";
import { headersFile, metaPolicy, redirectsFile, sitePolicy } from "../seo/headers.ts";
import { assetList, type SiteAssets } from "../site/assets.ts";
import { redirectProblems, siteRedirects } from "../site/redirects.ts";
import type { PageData, SiteModel } from "../site/site-model.ts";
import { outputKey, redirectPagePath } from "../site/reserved-paths.ts";
import { PATHS, homePath, outputFileFor, termFeedPath, termPath } from "../model/urls.ts";

/** One file of the built site: its site path, where it is written, and how to make its text. */
export interface OutputFile {
  readonly path: string;
  /** Path relative to the output folder. */
  readonly file: string;
  readonly render: () => string;
  /**
   * What the text is made from, besides what every page shares (src/build/render-memo.ts): an output whose
   * inputs are unchanged is not rendered again. Outputs without inputs are compared by their text.
   */
  readonly inputs?: () => unknown;
}

/**
 * Every file of the site: HTML pages (rendered by `renderPage`), assets, feeds, sitemaps, OPML and robots.txt.
 * Paths are checked here, once, to stay inside the output folder. `now` is the build's time (news sitemap window).
 * check refuses every clash first (src/build/output-claims.ts), so a build never meets one here; serve, which shows
 * a site with errors, passes `lenient`: a redirect or static page that clashes is left out instead.
 */
export function siteOutputs(
  model: SiteModel,
  assets: SiteAssets,
  now: DateTime,
  renderPage: (page: PageData) => string,
  lenient = false,
  searchBundles?: readonly string[],
): OutputFile[] {
  const { site, urls, articles } = model.content;
  const wanted = siteRedirects(model);
  const problems = redirectProblems(wanted, new Set(model.pages.map((p) => p.path)));
  if (problems.length > 0 && !lenient) throw new Error(`redirects:\n${problems.map((p) => p.problem).join("\n")}`);
  const refused = new Set(problems.map((p) => p.redirect));
  const redirects = wanted.filter((r) => !refused.has(r));
  const file = (path: string, render: () => string, inputs?: () => unknown): OutputFile => ({
    path,
    file: outputFileFor(path),
    render,
    ...(inputs ? { inputs } : {}),
  });
  // The main feed carries whole articles; topic feeds, one per term, carry summaries so they stay small.
  const feedInfo = (title: string, feedPath: string, pagePath: string): FeedInfo => ({
    title,
    subtitle: site.description,
    feedPath,
    pagePath,
    language: site.language,
    author: site.copyright,
    fullContent: feedPath === PATHS.atom,
  });
  // A feed is made from its latest FEED_SIZE articles and its settings.
  const feedFile = (info: FeedInfo, list: readonly Article[], make: typeof atomFeed) =>
    file(
      info.feedPath,
      () => make(info, list, urls),
      () => [info, list.slice(0, FEED_SIZE)],
    );
  const termFeeds = TAXONOMIES.flatMap((kind) =>
    model.terms[kind].map((term) =>
      feedFile(
        feedInfo(
          `${term.entity.name} (${TAXONOMY_LABELS[kind].singular.toLowerCase()}) — ${site.title}`,
          termFeedPath(kind, term.entity.slug),
          termPath(kind, term.entity.slug),
        ),
        term.articles,
        atomFeed,
      ),
    ),
  );
  // Sitemaps are made only when written or keyed: a save in serve that moves no article needs neither.
  const listed = model.pages.filter((p) => p.kind !== "not-found" && p.kind !== "search");
  let entries: SitemapEntry[] | undefined;
  const sitemapEntries = () => (entries ??= listed.map((p) => ({ path: p.path, lastmod: lastChange(p) })));
  let sitemaps: ReturnType<typeof sitemapFiles> | undefined;
  const sitemapText = (i: number) => (sitemaps ??= sitemapFiles(sitemapEntries(), urls))[i]!.content;
  const from = now.minus({ days: 2 });
  const recent = () => articles.filter((a) => a.date > from && a.date <= now && !a.draft);
  const pageFiles = model.pages.map((page) =>
    file(
      page.path,
      () => renderPage(page),
      () => page,
    ),
  );
  // An old address without extension or trailing slash gets its redirect page as a folder index.
  const redirectFiles = redirects.map((r) =>
    file(redirectPagePath(r.from), () =>
      r.from.endsWith(".xml")
        ? feedRedirect(urls.absolute(r.to))
        : redirectPage(urls.href(r.to), urls.absolute(r.to), site.language, metaPolicy(sitePolicy(site))),
    ),
  );
  const all = [
    ...pageFiles,
    ...assetList(assets).map((asset) => file(asset.path, () => asset.content)),
    feedFile(feedInfo(site.title, PATHS.atom, homePath()), articles, atomFeed),
    feedFile({ ...feedInfo(site.title, PATHS.json, homePath()), fullContent: true }, articles, jsonFeed),
    ...termFeeds,
    file(
      PATHS.opml,
      () => topicFeedsOpml(site.title, model.terms, urls),
      () => TAXONOMIES.map((kind) => model.terms[kind].map((t) => t.entity)),
    ),
    ...sitemapPaths(listed.length).map((path, i) => file(path, () => sitemapText(i), sitemapEntries)),
    file(
      PATHS.newsSitemap,
      () => newsSitemap(recent(), site, urls),
      () => recent(),
    ),
    file(PATHS.robots, () => robots([PATHS.sitemap, PATHS.newsSitemap], urls)),
    ...redirectFiles,
    file("/_headers", () => headersFile(site.pathPrefix, sitePolicy(site), searchBundles)),
    file("/_redirects", () => redirectsFile(redirects, (p) => urls.href(p))),
  ];
  if (!lenient) return all;
  const claimed = new Set([...pageFiles.filter((_, i) => model.pages[i]!.kind === "static"), ...redirectFiles]);
  return withoutClashes(all, claimed);
}

// The files newsdesk generates first, then what content claims (static pages, redirect pages) where still free.
function withoutClashes(files: readonly OutputFile[], claimed: ReadonlySet<OutputFile>): OutputFile[] {
  const taken = new Set<string>();
  const keep = (f: OutputFile) => {
    const key = outputKey(f.path);
    if (key === undefined || taken.has(key)) return false;
    taken.add(key);
    return true;
  };
  const generated = files.filter((f) => !claimed.has(f) && keep(f));
  const placed = new Set([...generated, ...files.filter((f) => claimed.has(f) && keep(f))]);
  return files.filter((f) => placed.has(f));
}

// The newest change among the articles a page shows; undefined for pages without articles.
function lastChange(page: PageData): string | undefined {
  const shown: readonly Article[] =
    page.kind === "article"
      ? [page.article]
      : page.kind === "home"
        ? [...page.topStories, ...page.chunk.items]
        : page.kind === "term"
          ? page.chunk.items
          : page.kind === "month"
            ? page.month.articles
            : page.kind === "year"
              ? page.months.flatMap((m) => m.articles.slice(0, 1))
              : [];
  const times = shown.map((a) => (a.updated ?? a.date).toMillis());
  if (times.length === 0) return undefined;
  const newest = shown.find((a) => (a.updated ?? a.date).toMillis() === Math.max(...times))!;
  return isoDateTime(newest.updated ?? newest.date);
}

// A moved feed: an empty Atom feed whose self link points readers' apps at the new address.
function feedRedirect(to: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Moved</title><id>${escapeXml(to)}</id><link rel="self" href="${escapeXml(to)}"/><updated>1970-01-01T00:00:00Z</updated></feed>\n`;
}
