import { DateTime } from "luxon";
import type { Article } from "../model/article.ts";
import { formatMonth } from "../model/dates.ts";
import type { CoveragePoint } from "../charts/coverage-over-time.ts";
import type { MapCountry } from "../charts/world-map.ts";
import { mapIdOf } from "../charts/world-sprite.ts";
import type { Entity } from "../model/entity.ts";

/** The first and last month of the archive, which every coverage chart spans so that charts compare. */
export interface ArchiveSpan {
  readonly first: { readonly year: number; readonly month: number };
  readonly last: { readonly year: number; readonly month: number };
}

/** Archives spanning fewer calendar years than this are charted by month. */
const YEARS_FROM = 3;

/** The span of `articles` (any order); undefined when there are none. */
export function archiveSpan(articles: readonly Article[]): ArchiveSpan | undefined {
  if (articles.length === 0) return undefined;
  const keys = articles.map((a) => a.date.year * 12 + a.date.month - 1);
  const from = Math.min(...keys);
  const to = Math.max(...keys);
  return {
    first: { year: Math.floor(from / 12), month: (from % 12) + 1 },
    last: { year: Math.floor(to / 12), month: (to % 12) + 1 },
  };
}

/**
 * Articles per year over the archive's span (per month when it covers fewer than three calendar years), with
 * every empty period present so the bars keep their places.
 */
export function coverageSeries(articles: readonly Article[], span: ArchiveSpan, language: string): CoveragePoint[] {
  if (span.last.year - span.first.year + 1 >= YEARS_FROM) {
    const counts = countBy(articles, (a) => a.date.year);
    const years = range(span.first.year, span.last.year);
    const every = years.length > 12 ? 2 : 1;
    return years.map((y, i) => ({
      label: String(y),
      short: i % every === 0 || y === span.last.year ? String(y) : "",
      count: counts.get(y) ?? 0,
    }));
  }
  return monthSeries(articles, span.first, span.last, language, 3);
}

/** The twelve months up to and including the newest article's month, for the home page's heat strip. */
export function lastTwelveMonths(articles: readonly Article[], language: string): CoveragePoint[] {
  const span = archiveSpan(articles);
  if (!span) return [];
  const last = DateTime.fromObject({ year: span.last.year, month: span.last.month, day: 1 }, { zone: "UTC" });
  const first = last.minus({ months: 11 });
  return monthSeries(articles, { year: first.year, month: first.month }, span.last, language, 1);
}

/** Articles per month of one calendar year, January to December, for a year's archive page. */
export function monthsOfYear(articles: readonly Article[], year: number, language: string): CoveragePoint[] {
  return monthSeries(articles, { year, month: 1 }, { year, month: 12 }, language, 1);
}

/** The countries of a page's map: those with a key on the sprite (an ISO numeric or alpha-2 code), by name. */
export function mapCountries(entities: readonly Entity[]): MapCountry[] {
  return entities
    .flatMap((e) => {
      const id = e.kind === "countries" ? mapIdOf(e) : undefined;
      return id === undefined ? [] : [{ id, name: e.name }];
    })
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}

// Months from `from` to `to`; every `labelEvery`-th month (and each January) carries a short axis label.
function monthSeries(
  articles: readonly Article[],
  from: ArchiveSpan["first"],
  to: ArchiveSpan["last"],
  language: string,
  labelEvery: number,
): CoveragePoint[] {
  const counts = countBy(articles, (a) => a.date.year * 12 + a.date.month);
  const start = DateTime.fromObject({ year: from.year, month: from.month, day: 1 }, { zone: "UTC" });
  const total = (to.year - from.year) * 12 + to.month - from.month + 1;
  return Array.from({ length: total }, (_, i) => {
    const month = start.plus({ months: i });
    const short =
      labelEvery === 1 || i % labelEvery === 0 ? month.setLocale(language).toLocaleString({ month: "short" }) : "";
    return { label: formatMonth(month, language), short, count: counts.get(month.year * 12 + month.month) ?? 0 };
  });
}

function countBy(articles: readonly Article[], key: (a: Article) => number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const a of articles) {
    const k = key(a);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
