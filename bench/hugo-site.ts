import type { SiteFile } from "./site-files.ts";

/** The taxonomies the Hugo site files articles under: newsdesk's four, singular name → front-matter key. */
const TAXONOMIES = { agency: "agencies", outlet: "outlets", country: "countries", topic: "topics" } as const;

/**
 * The same archive as a Hugo site, for the side-by-side build: a config whose content folder is newsdesk's
 * (`contentDir`, absolute; `_data/` ignored) and the minimal layouts Hugo needs to write every page newsdesk
 * writes a counterpart of: each article at newsdesk's URL, the home page and each term page paginated
 * `perPage` to a page with .Paginator, each taxonomy's list of terms. No related content (newsdesk's related
 * lists have no Hugo counterpart cheap enough to compare). Output formats are Hugo's defaults, kept because
 * they are the simplest comparable counterpart of newsdesk's feeds and sitemap: an RSS feed for the home page,
 * each taxonomy and term (cut to `perPage` items, as a list page is) and one sitemap; no robots.txt, no 404
 * page. Hugo also writes the `articles` section's list, paginated, and a `page/1/` redirect stub per list.
 */
export function hugoSiteFiles(contentDir: string, perPage: number): SiteFile[] {
  return [
    { path: "config.toml", text: hugoConfig(contentDir, perPage) },
    { path: "layouts/_default/baseof.html", text: BASEOF },
    { path: "layouts/_default/single.html", text: SINGLE },
    { path: "layouts/_default/list.html", text: PAGINATED_LIST },
    { path: "layouts/_default/term.html", text: PAGINATED_LIST },
    { path: "layouts/_default/taxonomy.html", text: TERMS },
  ];
}

/** Hugo's config.toml: taxonomies, pagination, newsdesk's article URLs, content read from newsdesk's folder. */
export function hugoConfig(contentDir: string, perPage: number): string {
  return [
    `baseURL = "https://bench.example/"`,
    `languageCode = "en"`,
    `title = "Synthetic Desk"`,
    `contentDir = ${JSON.stringify(contentDir)}`,
    `ignoreFiles = ["^_data/", "/_data/"]`,
    `paginate = ${perPage}`,
    `rssLimit = ${perPage}`,
    `disableKinds = ["robotsTXT", "404"]`,
    "",
    "[taxonomies]",
    ...Object.entries(TAXONOMIES).map(([singular, plural]) => `  ${singular} = "${plural}"`),
    "",
    "[permalinks]",
    `  articles = "/:year/:month/:slug/"`,
    "",
  ].join("\n");
}

const BASEOF = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main>{{ block "main" . }}{{ end }}</main></body></html>
`;

// An article, marked up for Pagefind as newsdesk's search records are made: the article is the indexed body, with
// title, date and summary as metadata, a filter for each entity of the four taxonomies and the year, and a date sort.
// Hugo alone ignores the attributes; Pagefind's command line (the hugo-pagefind contender) reads them.
const FILTERS = Object.entries(TAXONOMIES)
  .map(
    ([singular, plural]) =>
      `{{ range .Params.${plural} }}<span data-pagefind-filter="${singular}:{{ . }}"></span>{{ end }}`,
  )
  .join("");

const SINGLE = `{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1><p><time data-pagefind-sort="date[datetime]" data-pagefind-meta="date" datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006" }}</time></p>
<p data-pagefind-meta="summary">{{ .Params.summary }}</p>${FILTERS}<span data-pagefind-filter="year:{{ .Date.Year }}"></span>
{{ .Content }}</article>{{ end }}
`;

const PAGINATED_LIST = `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2 January 2006" }}</time><p>{{ .Params.summary }}</p></li>{{ end }}</ul>
{{ with .Paginator }}<nav>{{ if .HasPrev }}<a rel="prev" href="{{ .Prev.URL }}">Newer</a>{{ end }} page {{ .PageNumber }} of {{ .TotalPages }} {{ if .HasNext }}<a rel="next" href="{{ .Next.URL }}">Older</a>{{ end }}</nav>{{ end }}{{ end }}
`;

const TERMS = `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
`;
