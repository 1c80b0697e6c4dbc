import { queryAlias } from "../model/query-alias.ts";
import { byDateDesc, newestFirst, type Article, type StaticPage } from "../model/article.ts";
import type { SiteContent } from "../content/load.ts";
import type { CoEntity } from "../related/cooccurrence.ts";
import { relateArticles, type RelatedData, type RelatedItem, type ThreadEntry } from "../related/relate.ts";
import type { CoveragePoint } from "../charts/coverage-over-time.ts";
import type { MapCountry } from "../charts/world-map.ts";
import { TAXONOMIES, entityKey, type Entity, type TaxonomyKind } from "../model/entity.ts";
import { cvesByYear } from "./cve-index.ts";
import { paginate, type Chunk } from "../taxonomy/paginate.ts";
import { groupTerms, type Term } from "../taxonomy/terms.ts";
import { archiveSpan, coverageSeries, lastTwelveMonths, mapCountries, monthsOfYear } from "./chart-data.ts";
import { PATHS, homePath, monthPath, taxonomyIndexPath, termFeedPath, termPath, yearPath } from "../model/urls.ts";
import { searchable } from "../search/records.ts";
import { navSections, type NavSection } from "./nav.ts";

/** How many stories the home page's top stories rail holds. */
export const TOP_STORIES = 5;

/** An article page's data: the story, its story timeline and related list, and its neighbours in time. */
export interface ArticlePageData {
  readonly kind: "article";
  readonly path: string;
  readonly article: Article;
  /** What the page shows of each related article (its score and the parts of its explanation stay in the related phase). */
  readonly related: readonly ShownRelated[];
  /** "In this story": the article and its close follow-ups and predecessors, oldest first; empty when none. */
  readonly thread: readonly ThreadEntry[];
  /** The next older article. */
  readonly older?: Article;
  /** The next newer article. */
  readonly newer?: Article;
  /** The countries its map highlights (none: no map). */
  readonly mapCountries: readonly MapCountry[];
}

/** A home page: top stories on page 1, then the latest articles. */
export interface HomePageData {
  readonly kind: "home";
  readonly path: string;
  readonly topStories: readonly Article[];
  readonly chunk: Chunk<Article>;
  /** Articles per month over the last twelve months, for the heat strip (page 1 only). */
  readonly recentMonths: readonly CoveragePoint[];
  /** Page 1 of a site with WordPress's /?p=N or /?page_id=N as aliases: it loads the script that follows them. */
  readonly queryRedirect?: boolean;
}

/** One page of a topic (agency, outlet, country, topic). */
export interface TermPageData {
  readonly kind: "term";
  readonly path: string;
  readonly entity: Entity;
  readonly count: number;
  readonly feedPath: string;
  readonly chunk: Chunk<Article>;
  /** "Often together with": the entities most found with this one beyond chance (first page only). */
  readonly together: readonly TogetherEntry[];
  /** Articles per year (or month) over the archive's span. */
  readonly coverage: readonly CoveragePoint[];
  /** For a country: the country, for its map. */
  readonly mapCountries: readonly MapCountry[];
}

/** A related article as its page shows it: the article and why it is related. */
export type ShownRelated = Pick<RelatedItem, "article" | "why">;

/** An entity found with a topic page's entity beyond chance, with its own page: on `count` articles together. */
export interface TogetherEntry extends Pick<CoEntity, "entity" | "count"> {
  readonly path: string;
}

/** A term with its count and page, for indexes. */
export interface TermSummary {
  readonly entity: Entity;
  readonly count: number;
  readonly path: string;
}

/** The index of one taxonomy: every term with its count, by count then name. */
export interface TaxonomyIndexData {
  readonly kind: "taxonomy-index";
  readonly path: string;
  readonly taxonomy: TaxonomyKind;
  readonly terms: readonly TermSummary[];
  /** The terms in groups with a heading each: CVEs by the year of their ID, newest year first. */
  readonly groups?: readonly TermGroup[];
}

/** Terms under one heading of a taxonomy index. */
export interface TermGroup {
  readonly heading: string;
  readonly terms: readonly TermSummary[];
}

/** A month with its article count, for year pages. */
export interface MonthSummary {
  readonly year: number;
  readonly month: number;
  readonly path: string;
  readonly articles: readonly Article[];
}

/** A year's archive: its months and their articles. */
export interface YearPageData {
  readonly kind: "year";
  readonly path: string;
  readonly year: number;
  readonly count: number;
  readonly months: readonly MonthSummary[];
  /** Articles in each month, January to December, for the year's heat strip. */
  readonly monthCounts: readonly CoveragePoint[];
  readonly olderYear?: number;
  readonly newerYear?: number;
}

/** A month's archive: every article of the month, newest first. */
export interface MonthPageData {
  readonly kind: "month";
  readonly path: string;
  readonly month: MonthSummary;
}

/** A static page from pages/. */
export interface StaticPageData {
  readonly kind: "static";
  readonly path: string;
  readonly page: StaticPage;
}

/** The search page and the 404 page. */
export interface UtilityPageData {
  readonly kind: "search" | "not-found";
  readonly path: string;
  /** The search page: whether any article is published, and so indexed (before the first one there is no index). */
  readonly searchable?: boolean;
}

/** Every HTML page newsdesk writes. */
export type PageData =
  | ArticlePageData
  | HomePageData
  | TermPageData
  | TaxonomyIndexData
  | YearPageData
  | MonthPageData
  | StaticPageData
  | UtilityPageData;

/** The whole site as data: what templates render, computed once per build. */
export interface SiteModel {
  readonly content: SiteContent;
  readonly pages: readonly PageData[];
  readonly terms: Readonly<Record<TaxonomyKind, readonly Term[]>>;
  readonly years: readonly YearPageData[];
  /** The main navigation's sections: empty taxonomies are left out. */
  readonly nav: readonly NavSection[];
  /** Year of the newest article, for the copyright line. */
  readonly copyrightYear: number;
}

/**
 * Builds every page's data from loaded content: sorting, grouping, pagination and related lists happen here.
 * `relate` makes the related data (by default the related phase itself; serve may hand in data it has already),
 * and is where a build times the related phase.
 */
export function buildSiteModel(
  content: SiteContent,
  fallbackYear: number,
  relate: (articles: readonly Article[]) => RelatedData = (articles) => relatedData(content, articles),
): SiteModel {
  // Loaded content is newest first already; anything else is sorted here.
  const articles = content.articles.every((a, i) => i === 0 || byDateDesc(content.articles[i - 1]!, a) <= 0)
    ? content.articles
    : newestFirst(content.articles);
  const perPage = content.site.perPage;
  const { related, threads, together } = relate(articles);
  const terms = groupTerms(articles);

  const articlePages: ArticlePageData[] = articles.map((article, i) => ({
    kind: "article",
    path: article.path,
    article,
    related: shown(related.get(article.path) ?? []),
    thread: threads.get(article.path) ?? [],
    older: articles[i + 1],
    newer: articles[i - 1],
    mapCountries: mapCountries(article.countries),
  }));

  const featured = articles.filter((a) => a.featured);
  const topStories = [...featured, ...articles.filter((a) => !a.featured)].slice(0, TOP_STORIES);
  const recentMonths = lastTwelveMonths(articles, content.site.language);
  const span = archiveSpan(articles);
  const inRail = new Set(topStories.map((a) => a.path));
  // A static host answers /?p=123 with the home page, whose script sends the reader to /p/123/.
  const queryAliases = [...articles, ...content.pages].some((o) => o.aliases?.some((a) => queryAlias(a.value)));
  const homePages: HomePageData[] = paginate(
    articles.filter((a) => !inRail.has(a.path)),
    perPage,
    homePath(),
  ).map((chunk) => ({
    kind: "home",
    path: chunk.path,
    topStories: chunk.page === 1 ? topStories : [],
    chunk,
    recentMonths: chunk.page === 1 ? recentMonths : [],
    ...(chunk.page === 1 && queryAliases ? { queryRedirect: true } : {}),
  }));

  const termPages: TermPageData[] = TAXONOMIES.flatMap((kind) =>
    terms[kind].flatMap((term) => {
      const coverage = span ? coverageSeries(term.articles, span, content.site.language) : [];
      return paginate(term.articles, perPage, termPath(kind, term.entity.slug)).map((chunk) => ({
        kind: "term" as const,
        path: chunk.path,
        entity: term.entity,
        count: term.articles.length,
        feedPath: termFeedPath(kind, term.entity.slug),
        chunk,
        together:
          chunk.page === 1
            ? (together.get(entityKey(term.entity)) ?? []).map((co) => ({
                entity: co.entity,
                count: co.count,
                path: termPath(co.entity.kind, co.entity.slug),
              }))
            : [],
        coverage,
        mapCountries: mapCountries([term.entity]),
      }));
    }),
  );

  const indexes: TaxonomyIndexData[] = TAXONOMIES.map((taxonomy) => {
    const summaries = terms[taxonomy].map((t) => ({
      entity: t.entity,
      count: t.articles.length,
      path: termPath(taxonomy, t.entity.slug),
    }));
    const index = { kind: "taxonomy-index" as const, path: taxonomyIndexPath(taxonomy), taxonomy, terms: summaries };
    return taxonomy === "cves" ? { ...index, groups: cvesByYear(summaries) } : index;
  });

  const years = archiveYears(articles, content.site.language);
  const months: MonthPageData[] = years.flatMap((y) =>
    y.months.map((month) => ({ kind: "month" as const, path: month.path, month })),
  );
  const statics: StaticPageData[] = content.pages.map((page) => ({ kind: "static", path: page.path, page }));
  const utility: UtilityPageData[] = [
    { kind: "search", path: PATHS.search, searchable: searchable(articles).length > 0 },
    { kind: "not-found", path: PATHS.notFound },
  ];

  return {
    content: { ...content, articles },
    pages: [...homePages, ...articlePages, ...termPages, ...indexes, ...years, ...months, ...statics, ...utility],
    terms,
    years,
    nav: navSections(terms, years[0]?.path),
    copyrightYear: articles[0]?.date.year ?? fallbackYear,
  };
}

// What pages show of related lists, made once per list: serve carries unchanged lists over from save to save.
const shownLists = new WeakMap<readonly RelatedItem[], readonly ShownRelated[]>();
function shown(list: readonly RelatedItem[]): readonly ShownRelated[] {
  let pageList = shownLists.get(list);
  if (!pageList) shownLists.set(list, (pageList = list.map(({ article, why }) => ({ article, why }))));
  return pageList;
}

/** The related phase over `articles` (newest first) with the site's taxonomy weights. */
export function relatedData(content: SiteContent, articles: readonly Article[]): RelatedData {
  return relateArticles(articles, { taxonomies: content.site.related.weights });
}

// Years newest first, each with its months newest first; articles are already newest first.
function archiveYears(articles: readonly Article[], language: string): YearPageData[] {
  const byYear = new Map<number, Map<number, Article[]>>();
  for (const a of articles) {
    const months = byYear.get(a.date.year) ?? new Map<number, Article[]>();
    const list = months.get(a.date.month) ?? [];
    list.push(a);
    months.set(a.date.month, list);
    byYear.set(a.date.year, months);
  }
  const years = [...byYear.keys()].sort((a, b) => b - a);
  return years.map((year, i) => {
    const months = [...byYear.get(year)!]
      .sort((a, b) => b[0] - a[0])
      .map(([month, list]) => ({ year, month, path: monthPath(year, month), articles: list }));
    return {
      kind: "year" as const,
      path: yearPath(year),
      year,
      count: months.reduce((n, m) => n + m.articles.length, 0),
      months,
      monthCounts: monthsOfYear(
        months.flatMap((m) => m.articles),
        year,
        language,
      ),
      olderYear: years[i + 1],
      newerYear: years[i - 1],
    };
  });
}
