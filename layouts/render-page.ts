import { html, raw, type SafeHtml } from "../src/render/html.ts";
import { TAXONOMY_LABELS, inSentence } from "../src/model/entity.ts";
import type { PageData, StaticPageData, UtilityPageData } from "../src/site/site-model.ts";
import { PATHS, homePath } from "../src/model/urls.ts";
import { articlePage } from "./article-page.ts";
import { base } from "./base.ts";
import { EMBED_PLACEHOLDER } from "../src/content/embeds.ts";
import type { RenderContext } from "./context.ts";
import { homePage, monthPage, taxonomyIndexPage, termPage, yearPage } from "./lists.ts";

/** Renders any page of the site to a complete HTML document. */
export function renderPage(ctx: RenderContext, page: PageData): string {
  switch (page.kind) {
    case "article":
      return articlePage(ctx, page);
    case "home":
      return homePage(ctx, page);
    case "term":
      return termPage(ctx, page);
    case "taxonomy-index":
      return taxonomyIndexPage(ctx, page);
    case "year":
      return yearPage(ctx, page);
    case "month":
      return monthPage(ctx, page);
    case "static":
      return staticPage(ctx, page);
    case "search":
    case "not-found":
      return utilityPage(ctx, page);
  }
}

function staticPage(ctx: RenderContext, page: StaticPageData): string {
  const main = html`<article class="story"><header class="story-header"><h1>${page.page.title}</h1>${page.page.summary ? html`<p class="dek">${page.page.summary}</p>` : ""}</header>
<div class="story-body">${raw(page.page.html)}</div></article>`;
  return base(
    ctx,
    {
      title: page.page.title,
      description: page.page.dek ?? ctx.model.content.site.description,
      path: page.path,
      // An embed in the page (pages/*.md render like articles) loads its player only through this script.
      head: page.page.html.includes(EMBED_PLACEHOLDER)
        ? html`<script src="${ctx.model.content.urls.href(ctx.assets.embedScript.path)}" defer></script>`
        : undefined,
    },
    main,
  );
}

function utilityPage(ctx: RenderContext, page: UtilityPageData): string {
  const { urls } = ctx.model.content;
  if (page.kind === "not-found") {
    const main = html`<h1>Page not found</h1>
<p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
<p><a href="${urls.href(homePath())}">Go to the latest stories</a> or search the archive:</p>
<form role="search" action="${urls.href(PATHS.search)}" method="get"><label for="nf-search">Search</label> <input id="nf-search" type="search" name="q"> <button type="submit">Search</button></form>`;
    return base(
      ctx,
      { title: "Page not found", description: "There is no page at this address.", path: page.path, noindex: true },
      main,
    );
  }
  // Before the first story is published there is no index to load: the page says so instead of a search that
  // never answers.
  if (!page.searchable) {
    const main = html`<h1>Search the archive</h1>
<p class="notice">Nothing has been published yet, so there is nothing to search. Stories appear here once they are.</p>`;
    return base(
      ctx,
      { title: "Search", description: `Search every story in ${ctx.model.content.site.title}.`, path: page.path },
      main,
    );
  }
  const main = html`<h1>Search the archive</h1>
<div id="search" class="search-ui" data-bundle="${urls.href(ctx.searchBundles[0] ?? "/pagefind/")}"${
    ctx.searchBundles.length > 1
      ? html` data-merge="${ctx.searchBundles
          .slice(1)
          .map((b) => urls.href(b))
          .join(" ")}" data-merged-by="${urls.href(ctx.assets.searchBundles.path.replace(/pagefind\.js$/, ""))}"`
      : ""
  } data-base="${urls.href("/")}"></div>
<div id="search-fallback">
  <form role="search" action="${urls.href(PATHS.search)}" method="get" class="search-page-form">
    <label for="search-q">Search terms</label>
    <input id="search-q" type="search" name="q">
    <button type="submit">Search</button>
  </form>
  <noscript><p class="notice">Searching needs JavaScript, which is off in this browser. You can still browse every story${browseLinks(ctx)}.</p></noscript>
</div>`;
  const head = html`<link rel="stylesheet" href="${urls.href("/pagefind/pagefind-ui.css")}">
<script src="${urls.href("/pagefind/pagefind-ui.js")}" defer></script>
<script src="${urls.href(ctx.assets.searchScript.path)}" defer></script>`;
  return base(
    ctx,
    { title: "Search", description: `Search every story in ${ctx.model.content.site.title}.`, path: page.path, head },
    main,
  );
}

// " by agency, outlet or topic": the taxonomies the navigation shows, each linked to its index.
function browseLinks(ctx: RenderContext): SafeHtml {
  const { urls } = ctx.model.content;
  const links = ctx.model.nav.flatMap((section) =>
    section.kind === "latest" || section.kind === "archive"
      ? []
      : [html`<a href="${urls.href(section.path)}">${inSentence(TAXONOMY_LABELS[section.kind].singular)}</a>`],
  );
  if (links.length === 0) return html` in the <a href="${urls.href(homePath())}">latest stories</a>`;
  const last = links.pop()!;
  return links.length === 0
    ? html` by ${last}`
    : html` by ${links.map((l, i) => (i === 0 ? l : html`, ${l}`))} or ${last}`;
}
