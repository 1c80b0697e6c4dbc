import { formatLongDate } from "../src/model/dates.ts";
import type { Article } from "../src/model/article.ts";
import { html, jsonForScript, raw, type SafeHtml } from "../src/render/html.ts";
import { checkImageReference } from "../src/model/safe-url.ts";
import { isContentImage, pictureHtml } from "../src/site/responsive-image.ts";
import { absoluteImage, breadcrumbJsonLd, newsArticleJsonLd } from "../src/seo/json-ld.ts";
import type { ArticlePageData } from "../src/site/site-model.ts";
import { termPath } from "../src/model/urls.ts";
import { linkHost } from "../src/model/link-host.ts";
import { EMBED_PLACEHOLDER } from "../src/content/embeds.ts";
import { base } from "./base.ts";
import { advisoryFacts, tlpBanner } from "./advisory.ts";
import { mapFigure } from "./charts.ts";
import type { RenderContext } from "./context.ts";
import { entityGroups, relatedSection, statusBadge, storyTimeline, time } from "./partials.ts";

/**
 * An article page: headline, dek, byline, dates, body, entities, story timeline, related, older/newer. A link
 * post's headline links out, and a line under it names the site it goes to.
 */
export function articlePage(ctx: RenderContext, page: ArticlePageData): string {
  const { article } = page;
  const { urls, site } = ctx.model.content;
  const banner =
    ctx.preview && (article.draft || article.scheduled)
      ? html`<p class="preview-banner" role="status">${article.draft ? "DRAFT — not published" : `SCHEDULED — publishes ${formatLongDate(article.date, site.language)}`}</p>`
      : "";
  const kicker = article.topics[0] ?? article.agencies[0];
  const main = html`${banner}${ctx.preview ? tlpBanner(article) : ""}<article class="story">
  <header class="story-header">
    ${kicker ? html`<p class="kicker"><a href="${urls.href(termPath(kicker.kind, kicker.slug))}">${kicker.name}</a></p>` : ""}
    <h1>${article.link ? html`<a href="${article.link}">${article.title}</a>` : article.title}${statusBadge(article)}</h1>
    ${article.summary ? html`<p class="dek">${article.summary}</p>` : ""}
    ${article.link ? html`<p class="link-out"><a href="${article.link}">Read at ${linkHost(article.link)} <span aria-hidden="true">→</span></a></p>` : ""}
    <div class="byline">
      ${article.authors.length > 0 ? html`<p class="authors">By ${joinNames(article.authors)}</p>` : ""}
      <p class="dates"><span>Published ${time(ctx, article.date)}</span>${article.updated ? html` <span>Updated ${time(ctx, article.updated)}</span>` : ""} <span>${article.readingMinutes} min read</span></p>
    </div>
    ${advisoryFacts(article)}
  </header>
  ${leadImage(ctx, article)}
  <div class="story-layout">
    <div class="story-body">
${raw(article.html)}
    </div>
    <div class="story-aside">
      ${mapFigure(ctx, page.mapCountries, "Countries in this story:", joinNames(page.mapCountries.map((c) => c.name)))}
      ${entityGroups(ctx, article)}
    </div>
  </div>
</article>
${storyTimeline(ctx, page.thread)}
${relatedSection(ctx, page.related)}
${
  page.older || page.newer
    ? html`<nav class="story-nav" aria-label="More stories">
  ${page.older ? html`<a rel="prev" href="${urls.href(page.older.path)}"><span>Older story</span> ${page.older.title}</a>` : ""}
  ${page.newer ? html`<a rel="next" href="${urls.href(page.newer.path)}"><span>Newer story</span> ${page.newer.title}</a>` : ""}
</nav>`
    : ""
}`;
  // Link previews and structured data name the image as published: the resized file when there is one.
  const resized = article.image ? ctx.images.get(article.image) : undefined;
  const image = resized ? urls.absolute(resized.src) : article.image ? absoluteImage(article.image, urls) : undefined;
  const head = html`<script type="application/ld+json">${jsonForScript(newsArticleJsonLd(article, site, urls, ctx.assets.logo.path, image))}</script>
<script type="application/ld+json">${jsonForScript(breadcrumbJsonLd(article, site, urls))}</script>
${article.html.includes(EMBED_PLACEHOLDER) ? html`<script src="${urls.href(ctx.assets.embedScript.path)}" defer></script>` : ""}`;
  return base(
    ctx,
    {
      title: article.title,
      description: article.dek ?? site.description,
      path: page.path,
      type: "article",
      head,
      image,
    },
    main,
  );
}

// Resized lead images fill the story's width: the header's up to the page's, less its margins.
const LEAD_SIZES = "(min-width: 78.5rem) 73.5rem, calc(100vw - 2.5rem)";

/** The lead image: resized from the content folder (sources by format, srcset, size, lazy), or as written for a URL. */
function leadImage(ctx: RenderContext, article: Article): SafeHtml {
  if (!article.image) return html``;
  const { urls } = ctx.model.content;
  const resized = ctx.images.get(article.image);
  if (!resized) {
    const checked = checkImageReference(article.image);
    // Validation refused anything else; a page never carries an image URL that is not http(s) or the site's.
    if (!checked.ok) return html``;
    const src = isContentImage(article.image) ? urls.href(`/${checked.value}`) : checked.value;
    return html`<figure class="lead-image"><img src="${src}" alt="${article.imageAlt}" loading="lazy" decoding="async"></figure>`;
  }
  const shown = { alt: article.imageAlt ?? "", sizes: LEAD_SIZES };
  return html`<figure class="lead-image">${pictureHtml(resized, shown, (path) => urls.href(path))}</figure>`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
