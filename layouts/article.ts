import { formatLongDate } from "../src/content/dates.ts";
import { html, jsonForScript, raw } from "../src/render/html.ts";
import { absoluteImage, breadcrumbJsonLd, newsArticleJsonLd } from "../src/seo/json-ld.ts";
import type { ArticlePageData } from "../src/site/pages.ts";
import { base } from "./base.ts";
import type { RenderContext } from "./context.ts";
import { entityGroups, relatedSection, statusBadge, storyTimeline, time } from "./partials.ts";

/** An article page: headline, dek, byline, dates, body, entities, story timeline, related, older/newer. */
export function articlePage(ctx: RenderContext, page: ArticlePageData): string {
  const { article } = page;
  const { urls, site } = ctx.model.content;
  const banner = ctx.preview && (article.draft || article.scheduled)
    ? html`<p class="preview-banner" role="status">${article.draft ? "DRAFT — not published" : `SCHEDULED — publishes ${formatLongDate(article.date, site.language)}`}</p>`
    : "";
  const main = html`${banner}<article class="story">
  <header class="story-header">
    <h1>${article.title}${statusBadge(article)}</h1>
    ${article.summary ? html`<p class="dek">${article.summary}</p>` : ""}
    <p class="byline">
      ${article.authors.length > 0 ? html`<span>By ${joinNames(article.authors)}</span> · ` : ""}
      <span>Published ${time(ctx, article.date)}</span>
      ${article.updated ? html` · <span>Updated ${time(ctx, article.updated)}</span>` : ""}
      · <span>${article.readingMinutes} min read</span>
    </p>
  </header>
  ${article.image ? html`<figure class="lead-image"><img src="${article.image.startsWith("/") ? urls.href(article.image) : article.image}" alt="${article.imageAlt}"></figure>` : ""}
  <div class="story-body">
${raw(article.html)}
  </div>
  ${entityGroups(ctx, article)}
</article>
${storyTimeline(ctx, page.thread)}
${relatedSection(ctx, page.related)}
${page.older || page.newer
    ? html`<nav class="story-nav" aria-label="More stories">
  ${page.older ? html`<a rel="prev" href="${urls.href(page.older.path)}"><span>Older story</span> ${page.older.title}</a>` : ""}
  ${page.newer ? html`<a rel="next" href="${urls.href(page.newer.path)}"><span>Newer story</span> ${page.newer.title}</a>` : ""}
</nav>`
    : ""}`;
  const head = html`<script type="application/ld+json">${jsonForScript(newsArticleJsonLd(article, site, urls, ctx.assets.logo.path))}</script>
<script type="application/ld+json">${jsonForScript(breadcrumbJsonLd(article, site, urls))}</script>`;
  const image = article.image ? absoluteImage(article.image, urls) : undefined;
  return base(ctx, { title: article.title, description: article.summary ?? site.description, path: page.path, type: "article", head, image }, main);
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
