import { formatMonth } from "../src/model/dates.ts";
import { entityLinks } from "../src/site/entity-links.ts";
import { html, type SafeHtml } from "../src/render/html.ts";
import type {
  HomePageData,
  MonthPageData,
  TaxonomyIndexData,
  TermPageData,
  TermSummary,
  TogetherEntry,
  YearPageData,
} from "../src/site/site-model.ts";
import { TAXONOMY_LABELS, inSentence } from "../src/model/entity.ts";
import { taxonomyIndexPath, yearPath } from "../src/model/urls.ts";
import { DateTime } from "luxon";
import { base } from "./base.ts";
import type { RenderContext } from "./context.ts";
import { coverageFigure, heatFigure, mapFigure, yearFigure } from "./charts.ts";
import { barSvg } from "../src/charts/bars.ts";
import { raw } from "../src/render/html.ts";
import { articleCard, articleList, pagination } from "./partials.ts";

/** Home: top stories on the first page (a lead and a rail), then the latest articles beside the last year's heat strip, paginated. */
export function homePage(ctx: RenderContext, page: HomePageData): string {
  const { site } = ctx.model.content;
  const first = page.chunk.page === 1;
  const [lead, ...rail] = page.topStories;
  const main = html`<h1 class="${first ? "visually-hidden" : "page-title"}">${first ? site.title : `Latest stories, page ${page.chunk.page}`}</h1>
${
  lead
    ? html`<section class="top-stories" aria-labelledby="top-heading">
  <h2 id="top-heading" class="section-title">Top stories</h2>
  <div class="top-grid">
    <div class="lead-story">${articleCard(ctx, lead, 3, "lead")}</div>
    ${rail.length > 0 ? html`<ol class="rail" role="list">${rail.map((a) => html`<li>${articleCard(ctx, a, 3, "compact")}</li>`)}</ol>` : ""}
  </div>
</section>`
    : ""
}
<div class="${page.recentMonths.length > 0 ? "home-columns" : ""}">
  <section class="latest" aria-labelledby="latest-heading">
    <h2 id="latest-heading" class="${first ? "section-title" : "visually-hidden"}">${first ? "Latest" : "Older stories"}</h2>
    ${articleList(ctx, page.chunk.items, 3)}
    ${pagination(ctx, page.chunk, "Latest stories")}
  </section>
  ${
    page.recentMonths.length > 0
      ? html`<aside class="home-aside" aria-labelledby="glance-heading">
    <h2 id="glance-heading" class="section-title">At a glance</h2>
    ${heatFigure(page.recentMonths, ctx.model.years[0]?.path, ctx)}
  </aside>`
      : ""
  }
</div>`;
  return base(
    ctx,
    {
      title: first ? "" : `Latest stories, page ${page.chunk.page}`,
      description: site.description,
      path: page.path,
      previousPath: page.chunk.previousPath,
      nextPath: page.chunk.nextPath,
      // Not deferred: the reader who asked for /?p=123 leaves before the home page is drawn.
      head: page.queryRedirect
        ? html`<script src="${ctx.model.content.urls.href(ctx.assets.queryScript.path)}" data-base="${ctx.model.content.urls.href("/")}"></script>`
        : undefined,
    },
    main,
  );
}

/** A topic page: the entity, its description and count, what it often goes with, its articles newest first, paginated. */
export function termPage(ctx: RenderContext, page: TermPageData): string {
  const { entity, chunk } = page;
  const { urls, site } = ctx.model.content;
  const label = TAXONOMY_LABELS[entity.kind];
  const pageSuffix = chunk.page > 1 ? `, page ${chunk.page}` : "";
  const main = html`<header class="topic-header">
  <p class="eyebrow"><a href="${urls.href(taxonomyIndexPath(entity.kind))}">${label.plural}</a></p>
  <h1>${entity.name}${pageSuffix}</h1>
  ${entity.description ? html`<p class="dek">${entity.description}</p>` : ""}
  <p class="meta"><span>${page.count} ${page.count === 1 ? "article" : "articles"}</span>${entity.aliases.length > 0 && entity.kind !== "countries" ? html` <span>Also known as ${entity.aliases.join(", ")}</span>` : ""}${entityLinks(entity).map((l) => html` <span>${l.lead ? `${l.lead} ` : ""}<a href="${l.href}" rel="external">${l.label}</a></span>`)}</p>
  <p class="feed"><a class="feed-link" href="${urls.href(page.feedPath)}">Follow ${entity.name}: Atom feed</a></p>
</header>
<div class="with-aside">
  <div class="list-column">
    ${articleList(ctx, chunk.items)}
    ${pagination(ctx, chunk, entity.name)}
  </div>
  <div class="topic-aside">
    ${togetherSection(ctx, page.together)}
    ${coverageFigure(page.coverage, entity.name, "coverage")}
    ${mapFigure(ctx, page.mapCountries, "On the map:", entity.name)}
  </div>
</div>`;
  const description =
    entity.description ??
    `${page.count} ${page.count === 1 ? "article" : "articles"} about ${entity.name} from ${site.title}.`;
  return base(
    ctx,
    {
      title: `${entity.name}${pageSuffix}`,
      description,
      path: page.path,
      previousPath: chunk.previousPath,
      nextPath: chunk.nextPath,
      feed: { title: `${entity.name} — ${site.title}`, path: page.feedPath },
    },
    main,
  );
}

/** "Often together with": linked entities found with this one beyond chance; nothing when there are none. */
export function togetherSection(ctx: RenderContext, together: readonly TogetherEntry[]): SafeHtml {
  if (together.length === 0) return html``;
  return html`<aside class="together" aria-labelledby="together-heading">
  <h2 id="together-heading">Often together with</h2>
  <ul class="chips" role="list">${together.map(
    (co) =>
      html`<li><a class="chip chip-${co.entity.kind}" href="${ctx.model.content.urls.href(co.path)}">${co.entity.name}</a> <span class="count">${co.count} ${co.count === 1 ? "article" : "articles"}</span></li>`,
  )}</ul>
</aside>`;
}

/** A taxonomy index: every term with its count, by count then name. */
export function taxonomyIndexPage(ctx: RenderContext, page: TaxonomyIndexData): string {
  const { site } = ctx.model.content;
  const label = TAXONOMY_LABELS[page.taxonomy].plural;
  const max = Math.max(1, ...page.terms.map((t) => t.count));
  // An empty taxonomy's index stays at its address (old links, the sitemap) but is left out of the navigation.
  const main =
    page.terms.length === 0
      ? html`<header class="page-header">
  <h1>${label}</h1>
  <p class="meta">No ${inSentence(label)} in the archive yet.</p>
</header>`
      : html`<header class="page-header">
  <h1>${label}</h1>
  <p class="meta">${page.terms.length} ${inSentence(label)} in the archive, ${page.groups ? "by the year of the ID, then " : ""}most covered first, with their number of articles.</p>
</header>
${page.groups ? page.groups.map((g) => html`<h2 class="term-group">${g.heading}</h2>${termIndex(ctx, g.terms, max)}`) : termIndex(ctx, page.terms, max)}`;
  return base(
    ctx,
    {
      title: label,
      description: `Every ${inSentence(TAXONOMY_LABELS[page.taxonomy].singular)} covered by ${site.title}, with article counts.`,
      path: page.path,
    },
    main,
  );
}

// Terms with a bar for their count, in the order given.
function termIndex(ctx: RenderContext, terms: readonly TermSummary[], max: number): SafeHtml {
  return html`<ol class="term-index" role="list">${terms.map(
    (t) =>
      html`<li><a href="${ctx.model.content.urls.href(t.path)}">${t.entity.name}</a> ${raw(barSvg(t.count, max))}<span class="count">${t.count}</span></li>`,
  )}</ol>`;
}

/** A year's archive: months with their stories. */
export function yearPage(ctx: RenderContext, page: YearPageData): string {
  const { urls, site } = ctx.model.content;
  const main = html`<header class="page-header">
  <p class="eyebrow">Archive</p>
  <h1>${page.year}</h1>
  ${yearFigure(page.monthCounts, page.year)}
</header>
${page.months.map(
  (m) => html`<section aria-labelledby="m-${m.month}">
  <h2 id="m-${m.month}" class="month-title"><a href="${urls.href(m.path)}">${monthLabel(m.year, m.month, site.language)}</a> <span class="count">${m.articles.length} ${m.articles.length === 1 ? "article" : "articles"}</span></h2>
  <ul class="titles" role="list">${m.articles.map((a) => html`<li><a href="${urls.href(a.path)}">${a.title}</a></li>`)}</ul>
</section>`,
)}
<nav class="pagination" aria-label="Years">
  ${page.newerYear ? html`<a href="${urls.href(yearPath(page.newerYear))}">← ${page.newerYear}</a>` : ""}
  ${page.olderYear ? html`<a href="${urls.href(yearPath(page.olderYear))}">${page.olderYear} →</a>` : ""}
</nav>`;
  return base(
    ctx,
    { title: String(page.year), description: `Stories from ${page.year} in ${site.title}.`, path: page.path },
    main,
  );
}

/** A month's archive: every story of the month. */
export function monthPage(ctx: RenderContext, page: MonthPageData): string {
  const { urls, site } = ctx.model.content;
  const { month } = page;
  const label = monthLabel(month.year, month.month, site.language);
  const main = html`<header class="page-header">
  <p class="eyebrow"><a href="${urls.href(yearPath(month.year))}">${month.year}</a></p>
  <h1>${label}</h1>
  <p class="meta">${month.articles.length} ${month.articles.length === 1 ? "article" : "articles"}</p>
</header>
${articleList(ctx, month.articles)}`;
  return base(ctx, { title: label, description: `Stories from ${label} in ${site.title}.`, path: page.path }, main);
}

function monthLabel(year: number, month: number, language: string): string {
  return formatMonth(DateTime.fromObject({ year, month, day: 1 }, { zone: "UTC" }), language);
}
