import { html, type SafeHtml } from "../src/render/html.ts";
import { metaPolicy, sitePolicy } from "../src/seo/headers.ts";
import { PATHS, homePath } from "../src/model/urls.ts";
import type { NavSection } from "../src/site/nav.ts";
import type { RenderContext } from "./context.ts";

/** What the <head> of a page says about it. */
export interface PageMeta {
  /** The page's own title; the site name is added. Empty for the home page. */
  readonly title: string;
  readonly description: string;
  /** Site path of the page. */
  readonly path: string;
  readonly type?: "website" | "article";
  readonly previousPath?: string;
  readonly nextPath?: string;
  readonly feed?: { readonly title: string; readonly path: string };
  readonly noindex?: boolean;
  /** Absolute URL of the page's lead image, for link previews. */
  readonly image?: string;
  /** Extra elements for the head (JSON-LD). */
  readonly head?: SafeHtml;
}

/** The page shell: head, skip link, header with navigation and search, main, footer. */
export function base(ctx: RenderContext, meta: PageMeta, main: SafeHtml): string {
  const { site, urls } = ctx.model.content;
  const title = meta.title ? `${meta.title} — ${site.title}` : site.title;
  const canonical = urls.absolute(meta.path);
  const link = (path: string) => urls.href(path);
  return `<!doctype html>\n${html`<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${metaPolicy(sitePolicy(site))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${meta.description}">
<link rel="canonical" href="${canonical}">
${meta.noindex ? html`<meta name="robots" content="noindex">` : ""}
<meta property="og:site_name" content="${site.title}">
<meta property="og:title" content="${meta.title || site.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:type" content="${meta.type ?? "website"}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="${site.language.replace("-", "_")}">
${meta.image ? html`<meta property="og:image" content="${meta.image}">` : ""}
<meta name="twitter:card" content="${meta.image ? "summary_large_image" : "summary"}">
<meta name="twitter:title" content="${meta.title || site.title}">
<meta name="twitter:description" content="${meta.description}">
${meta.previousPath ? html`<link rel="prev" href="${link(meta.previousPath)}">` : ""}
${meta.nextPath ? html`<link rel="next" href="${link(meta.nextPath)}">` : ""}
<link rel="alternate" type="application/atom+xml" title="${site.title}" href="${link(PATHS.atom)}">
<link rel="alternate" type="application/feed+json" title="${site.title}" href="${link(PATHS.json)}">
${meta.feed ? html`<link rel="alternate" type="application/atom+xml" title="${meta.feed.title}" href="${link(meta.feed.path)}">` : ""}
<link rel="stylesheet" href="${link(ctx.assets.stylesheet.path)}">
${meta.head ?? ""}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="wrap masthead">
    <a class="site-name" href="${link(homePath())}">${site.title}</a>
    <form class="search-form" role="search" aria-label="Search the archive" action="${link(PATHS.search)}" method="get">
      <label for="site-search" class="visually-hidden">Search the archive</label>
      <input id="site-search" type="search" name="q" placeholder="Search the archive" autocomplete="off">
      <button type="submit">Search</button>
    </form>
  </div>
  <nav class="site-nav" aria-label="Sections">
    <ul class="wrap" role="list">
      ${navItems(ctx, meta.path).map((item) => html`<li><a href="${link(item.path)}"${item.current ? html` aria-current="page"` : item.section ? html` class="in-section"` : ""}>${item.label}</a></li>`)}
    </ul>
  </nav>
</header>
<main id="main" class="wrap" tabindex="-1">
${main}
</main>
<footer class="site-footer">
  <div class="wrap footer-inner">
    <div class="footer-about">
      <p class="footer-name">${site.title}</p>
      ${site.description ? html`<p>${site.description}</p>` : ""}
      <p>© ${ctx.model.copyrightYear} ${site.copyright}</p>
    </div>
    <ul class="footer-links" role="list">
      ${ctx.model.content.pages.map((p) => html`<li><a href="${link(p.path)}">${p.title}</a></li>`)}
      ${ctx.model.years.length > 0 ? html`<li><a href="${link(ctx.model.years[0]!.path)}">Archive</a></li>` : ""}
      <li><a href="${link(PATHS.search)}">Search</a></li>
    </ul>
    <ul class="footer-links" role="list">
      <li><a href="${link(PATHS.atom)}">Atom feed</a></li>
      <li><a href="${link(PATHS.json)}">JSON feed</a></li>
      <li><a href="${link(PATHS.opml)}">All topic feeds (OPML)</a></li>
    </ul>
  </div>
</footer>
</body>
</html>`}\n`;
}

// The sections of the main navigation (the model leaves out empty taxonomies); the current page is marked, and so is
// the section a page belongs to.
function navItems(
  ctx: RenderContext,
  path: string,
): { path: string; label: string; current: boolean; section: boolean }[] {
  const archive = /^\/\d{4}\/(\d{2}\/)?$/.test(path);
  const within = (item: NavSection) =>
    item.kind === "latest" ? path.startsWith("/page/") : item.kind === "archive" ? archive : path.startsWith(item.path);
  return ctx.model.nav.map((item) => ({
    path: item.path,
    label: item.label,
    current: item.path === path,
    section: item.path !== path && within(item),
  }));
}
