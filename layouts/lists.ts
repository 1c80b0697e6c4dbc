import { formatMonth } from "../src/content/dates.ts";
import { html, type SafeHtml } from "../src/render/html.ts";
import type { HomePageData, MonthPageData, TaxonomyIndexData, TermPageData, TogetherEntry, YearPageData } from "../src/site/pages.ts";
import { TAXONOMY_LABELS } from "../src/taxonomy/entity.ts";
import { taxonomyIndexPath, yearPath } from "../src/site/urls.ts";
import { DateTime } from "luxon";
import { base } from "./base.ts";
import type { RenderContext } from "./context.ts";
import { articleCard, articleList, pagination } from "./partials.ts";

/** Home: top stories on the first page, then the latest articles, paginated. */
export function homePage(ctx: RenderContext, page: HomePageData): string {
  const { site } = ctx.model.content;
  const first = page.chunk.page === 1;
  const main = html`<h1 class="${first ? "visually-hidden" : ""}">${first ? site.title : `Latest stories, page ${page.chunk.page}`}</h1>
${page.topStories.length > 0
    ? html`<section class="top-stories" aria-labelledby="top-heading">
  <h2 id="top-heading">Top stories</h2>
  <div class="lead-story">${articleCard(ctx, page.topStories[0]!, 3)}</div>
  <ol class="cards rail" role="list">${page.topStories.slice(1).map((a) => html`<li>${articleCard(ctx, a, 3)}</li>`)}</ol>
</section>`
    : ""}
<section class="latest" aria-labelledby="latest-heading">
  <h2 id="latest-heading">${first ? "Latest" : "Older stories"}</h2>
  ${articleList(ctx, page.chunk.items, 3)}
</section>
${pagination(ctx, page.chunk, "Latest stories")}`;
  return base(ctx, { title: first ? "" : `Latest stories, page ${page.chunk.page}`, description: site.description, path: page.path, previousPath: page.chunk.previousPath, nextPath: page.chunk.nextPath }, main);
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
  <p class="meta">${page.count} ${page.count === 1 ? "article" : "articles"}${entity.aliases.length > 0 && entity.kind !== "countries" ? html` · Also known as ${entity.aliases.join(", ")}` : ""} · <a href="${urls.href(page.feedPath)}">Feed</a>${entity.website ? html` · <a href="${entity.website}" rel="external">Official site</a>` : ""}</p>
</header>
${togetherSection(ctx, page.together)}
${articleList(ctx, chunk.items)}
${pagination(ctx, chunk, entity.name)}`;
  const description = entity.description ?? `${page.count} ${page.count === 1 ? "article" : "articles"} about ${entity.name} from ${site.title}.`;
  return base(ctx, { title: `${entity.name}${pageSuffix}`, description, path: page.path, previousPath: chunk.previousPath, nextPath: chunk.nextPath, feed: { title: `${entity.name} — ${site.title}`, path: page.feedPath } }, main);
}

/** "Often together with": linked entities found with this one beyond chance; nothing when there are none. */
export function togetherSection(ctx: RenderContext, together: readonly TogetherEntry[]): SafeHtml {
  if (together.length === 0) return html``;
  return html`<aside class="together" aria-labelledby="together-heading">
  <h2 id="together-heading">Often together with</h2>
  <ul class="chips" role="list">${together.map(
    (co) => html`<li><a class="chip chip-${co.entity.kind}" href="${ctx.model.content.urls.href(co.path)}">${co.entity.name}</a> <span class="count">${co.count} ${co.count === 1 ? "article" : "articles"}</span></li>`,
  )}</ul>
</aside>`;
}

/** A taxonomy index: every term with its count, by count then name. */
export function taxonomyIndexPage(ctx: RenderContext, page: TaxonomyIndexData): string {
  const { urls, site } = ctx.model.content;
  const label = TAXONOMY_LABELS[page.taxonomy].plural;
  const max = Math.max(1, ...page.terms.map((t) => t.count));
  const main = html`<h1>${label}</h1>
<p class="meta">${page.terms.length} ${label.toLowerCase()} in the archive, most covered first.</p>
<ol class="term-index" role="list">${page.terms.map(
    (t) => html`<li><a href="${urls.href(t.path)}">${t.entity.name}</a> <span class="count">${t.count}</span><svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width="${(100 * t.count / max).toFixed(1)}" height="4"></rect></svg></li>`,
  )}</ol>`;
  return base(ctx, { title: label, description: `Every ${TAXONOMY_LABELS[page.taxonomy].singular.toLowerCase()} covered by ${site.title}, with article counts.`, path: page.path }, main);
}

/** A year's archive: months with their stories. */
export function yearPage(ctx: RenderContext, page: YearPageData): string {
  const { urls, site } = ctx.model.content;
  const main = html`<h1>${page.year}</h1>
<p class="meta">${page.count} ${page.count === 1 ? "article" : "articles"}</p>
${page.months.map(
    (m) => html`<section aria-labelledby="m-${m.month}">
  <h2 id="m-${m.month}"><a href="${urls.href(m.path)}">${monthLabel(m.year, m.month, site.language)}</a> <span class="count">${m.articles.length}</span></h2>
  <ul class="titles" role="list">${m.articles.map((a) => html`<li><a href="${urls.href(a.path)}">${a.title}</a></li>`)}</ul>
</section>`,
  )}
<nav class="pagination" aria-label="Years">
  ${page.newerYear ? html`<a href="${urls.href(yearPath(page.newerYear))}">← ${page.newerYear}</a>` : ""}
  ${page.olderYear ? html`<a href="${urls.href(yearPath(page.olderYear))}">${page.olderYear} →</a>` : ""}
</nav>`;
  return base(ctx, { title: String(page.year), description: `Stories from ${page.year} in ${site.title}.`, path: page.path }, main);
}

/** A month's archive: every story of the month. */
export function monthPage(ctx: RenderContext, page: MonthPageData): string {
  const { urls, site } = ctx.model.content;
  const { month } = page;
  const label = monthLabel(month.year, month.month, site.language);
  const main = html`<p class="eyebrow"><a href="${urls.href(yearPath(month.year))}">${month.year}</a></p>
<h1>${label}</h1>
<p class="meta">${month.articles.length} ${month.articles.length === 1 ? "article" : "articles"}</p>
${articleList(ctx, month.articles)}`;
  return base(ctx, { title: label, description: `Stories from ${label} in ${site.title}.`, path: page.path }, main);
}

function monthLabel(year: number, month: number, language: string): string {
  return formatMonth(DateTime.fromObject({ year, month, day: 1 }, { zone: "UTC" }), language);
}
