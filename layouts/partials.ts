import type { Article } from "../src/model/article.ts";
import { formatLongDate, isoDateTime } from "../src/model/dates.ts";
import type { ThreadEntry } from "../src/related/relate.ts";
import type { ShownRelated } from "../src/site/site-model.ts";
import { html, type SafeHtml } from "../src/render/html.ts";
import { TAXONOMIES, TAXONOMY_LABELS, type Entity } from "../src/model/entity.ts";
import type { Chunk } from "../src/taxonomy/paginate.ts";
import { termPath } from "../src/model/urls.ts";
import { linkHost } from "../src/model/link-host.ts";
import type { RenderContext } from "./context.ts";

/** <time> with the machine date and the long date in the site's language. */
export function time(ctx: RenderContext, date: Article["date"], itemprop?: string): SafeHtml {
  return html`<time datetime="${isoDateTime(date)}"${itemprop ? html` itemprop="${itemprop}"` : ""}>${formatLongDate(date, ctx.model.content.site.language)}</time>`;
}

/** A link to an entity's topic page. */
export function entityLink(ctx: RenderContext, entity: Entity): SafeHtml {
  return html`<a class="chip chip-${entity.kind}" href="${ctx.model.content.urls.href(termPath(entity.kind, entity.slug))}">${entity.name}</a>`;
}

/** How a card is shown: `lead` is the home page's first top story, `compact` a story of the top stories rail. */
export type CardSize = "lead" | "standard" | "compact";

// An article's card reads the same on every list of one build (home, archives, every topic page it is filed
// under), so each is made once per render context; a new context (the next build, or serve's next save) starts afresh.
const cards = new WeakMap<RenderContext, WeakMap<Article, Map<string, SafeHtml>>>();

/** An article teaser: kicker, headline link, dek (the summary or the first paragraph's opening), date and entity chips. */
export function articleCard(
  ctx: RenderContext,
  article: Article,
  headingLevel: 2 | 3 = 2,
  size: CardSize = "standard",
): SafeHtml {
  let byArticle = cards.get(ctx);
  if (!byArticle) cards.set(ctx, (byArticle = new WeakMap()));
  let variants = byArticle.get(article);
  if (!variants) byArticle.set(article, (variants = new Map<string, SafeHtml>()));
  const key = `${headingLevel} ${size}`;
  let card = variants.get(key);
  if (!card) variants.set(key, (card = makeCard(ctx, article, headingLevel, size)));
  return card;
}

// A link post's card title goes to its page like every other card (the editor's note, dates and entities are
// there, with the way out named); the card says which site the post links to.
function makeCard(ctx: RenderContext, article: Article, headingLevel: 2 | 3, size: CardSize): SafeHtml {
  const href = ctx.model.content.urls.href(article.path);
  const heading =
    headingLevel === 2
      ? html`<h2 class="card-title"><a href="${href}">${article.title}</a></h2>`
      : html`<h3 class="card-title"><a href="${href}">${article.title}</a></h3>`;
  const chips = [
    ...article.agencies,
    ...article.outlets,
    ...article.actors,
    ...article.malware,
    ...article.countries,
  ].slice(0, size === "compact" ? 0 : 5);
  const kicker = article.topics[0] ?? article.agencies[0];
  return html`<article class="card card-${size}">
  ${kicker ? html`<p class="kicker">${kicker.name}</p>` : ""}
  ${heading}
  ${article.dek && size !== "compact" ? html`<p class="summary">${article.dek}</p>` : ""}
  <p class="meta">${time(ctx, article.date)}${article.link ? html` · <span class="link-host">Link to ${linkHost(article.link)}</span>` : ""}${statusBadge(article)}</p>
  ${chips.length > 0 ? html`<ul class="chips" role="list" aria-label="Filed under">${chips.map((e) => html`<li>${entityLink(ctx, e)}</li>`)}</ul>` : ""}
</article>`;
}

/** DRAFT / SCHEDULED marker, for preview builds. */
export function statusBadge(article: Article): SafeHtml {
  if (article.draft) return html` <span class="badge">Draft</span>`;
  if (article.scheduled) return html` <span class="badge">Scheduled</span>`;
  return html``;
}

/** A list of article cards. */
export function articleList(ctx: RenderContext, articles: readonly Article[], headingLevel: 2 | 3 = 2): SafeHtml {
  return html`<ol class="cards" role="list">${articles.map((a) => html`<li>${articleCard(ctx, a, headingLevel)}</li>`)}</ol>`;
}

/** Previous / next page links for a paginated list; nothing when there is one page. */
export function pagination(ctx: RenderContext, chunk: Chunk<unknown>, label: string): SafeHtml {
  if (chunk.totalPages <= 1) return html``;
  const link = (path: string) => ctx.model.content.urls.href(path);
  return html`<nav class="pagination" aria-label="${label} pages">
  ${chunk.previousPath ? html`<a rel="prev" href="${link(chunk.previousPath)}">← Newer</a>` : ""}
  <span>Page ${chunk.page} of ${chunk.totalPages}</span>
  ${chunk.nextPath ? html`<a rel="next" href="${link(chunk.nextPath)}">Older →</a>` : ""}
</nav>`;
}

/** An article's entities grouped as Agencies / Outlets / Countries / Topics. */
export function entityGroups(ctx: RenderContext, article: Article): SafeHtml {
  const groups = TAXONOMIES.filter((kind) => article[kind].length > 0);
  if (groups.length === 0) return html``;
  return html`<section class="entities" aria-labelledby="entities-heading">
  <h2 id="entities-heading" class="visually-hidden">Filed under</h2>
  <dl>${groups.map((kind) => html`<div><dt>${TAXONOMY_LABELS[kind].plural}</dt><dd><ul class="chips" role="list">${article[kind].map((e) => html`<li>${entityLink(ctx, e)}</li>`)}</ul></dd></div>`)}</dl>
</section>`;
}

/** Related articles, each with why (what it shares, when); nothing at all when the list is empty. */
export function relatedSection(ctx: RenderContext, related: readonly ShownRelated[]): SafeHtml {
  if (related.length === 0) return html``;
  return html`<section class="related" aria-labelledby="related-heading">
  <h2 id="related-heading">Related articles</h2>
  <ol role="list">${related.map(
    (item) => html`<li>
    <a href="${ctx.model.content.urls.href(item.article.path)}">${item.article.title}</a>
    <span class="meta">${time(ctx, item.article.date)} · <span class="why">${item.why}</span></span>
  </li>`,
  )}</ol>
</section>`;
}

/** "In this story": the story's articles oldest first, the current one marked; nothing when there is no thread. */
export function storyTimeline(ctx: RenderContext, thread: readonly ThreadEntry[]): SafeHtml {
  if (thread.length === 0) return html``;
  return html`<section class="story-thread" aria-labelledby="thread-heading">
  <h2 id="thread-heading">In this story</h2>
  <ol class="timeline" role="list">${thread.map(
    (entry) => html`<li${entry.current ? html` class="current"` : ""}>
    ${time(ctx, entry.article.date)}
    <a href="${ctx.model.content.urls.href(entry.article.path)}"${entry.current ? html` aria-current="page"` : ""}>${entry.article.title}</a>
  </li>`,
  )}</ol>
</section>`;
}
