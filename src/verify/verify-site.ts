import { load } from "cheerio";
import { XMLParser } from "fast-xml-parser";
import { PATHS } from "../model/urls.ts";
import type { BuiltSite, VerifyProblem } from "./built-site.ts";
import { checkFeeds } from "./feeds.ts";
import { checkHeaderPolicy } from "./headers-policy.ts";
import { fileForPath, referencesIn } from "./links.ts";
import { checkPageSafety } from "./page-safety.ts";
import { checkRedirectLines, checkRedirectPage, siteOrigin } from "./redirect-targets.ts";
import { checkSvgSafety } from "./svg-safety.ts";

const CONTRACT_PATHS = [
  "/",
  "/agencies/",
  "/outlets/",
  "/countries/",
  "/topics/",
  PATHS.search,
  PATHS.atom,
  PATHS.json,
  PATHS.sitemap,
  PATHS.newsSitemap,
  PATHS.robots,
  PATHS.notFound,
  PATHS.opml,
];

/**
 * Checks a built site alone: the contract's URLs exist, every internal link and asset resolves, the sitemap lists
 * exactly the pages that exist, no draft or scheduled marker reached a page, and the safety promises hold: no
 * inline script, event handler or javascript: URL, the CSP in _headers and in every page, feeds that parse, and
 * redirects that stay on the site. A malformed path or file is a problem reported, never a crash.
 */
export function verifySite(site: BuiltSite, pathPrefix = "/"): VerifyProblem[] {
  const problems: VerifyProblem[] = [];
  for (const path of CONTRACT_PATHS) {
    if (!site.files.has(fileForPath(path)))
      problems.push({ check: "contract", file: fileForPath(path), message: `${path} is missing` });
  }
  // Every file a browser renders as a page, whatever newsdesk itself names them.
  const pages = [...site.files].filter((f) => /\.(html?|xhtml)$/i.test(f));
  const redirects = new Set<string>();
  const parsed = (text: string) => load(text, { sourceCodeLocationInfo: true });
  const home = site.files.has("index.html") ? parsed(site.read("index.html")) : undefined;
  const origin = siteOrigin(home?.('link[rel="canonical"]').attr("href"));
  for (const file of pages) {
    const text = site.read(file);
    const $ = parsed(text);
    if ($('meta[http-equiv="refresh" i]').length > 0) {
      redirects.add(file);
      problems.push(...checkRedirectPage(file, $, origin, pathPrefix));
    }
    for (const ref of referencesIn(file, $, pathPrefix)) {
      if (ref.to.startsWith("OUTSIDE "))
        problems.push({
          check: "link",
          file,
          message: `links to ${ref.to.slice(8)}, outside the site's path prefix ${pathPrefix}`,
        });
      else if (!site.files.has(fileForPath(ref.to)))
        problems.push({ check: "link", file, message: `links to ${ref.to}, which does not exist` });
    }
    if (/class="preview-banner"|<span class="badge">(Draft|Scheduled)<\/span>/.test(text)) {
      problems.push({
        check: "leak",
        file,
        message: "carries a draft or scheduled marker: preview output reached a published build",
      });
    }
    problems.push(...checkPageSafety(file, $, pathPrefix));
  }
  for (const file of [...site.files].filter((f) => /\.svg$/i.test(f)))
    problems.push(...checkSvgSafety(file, site.read(file)));
  problems.push(...safely("sitemap", "sitemap.xml", () => checkSitemap(site, pages, redirects, pathPrefix)));
  problems.push(...checkRedirects(site, redirects, pathPrefix), ...checkRedirectLines(site, origin, pathPrefix));
  problems.push(...checkHeaderPolicy(site, pathPrefix), ...checkFeeds(site));
  return dedupe(problems);
}

// A check that read a file it could not make sense of reports that, instead of ending verify.
function safely(check: VerifyProblem["check"], file: string, run: () => VerifyProblem[]): VerifyProblem[] {
  try {
    return run();
  } catch (error) {
    return [
      {
        check,
        file,
        message: `could not be read (${(error as Error).message.split("\n")[0]}); rebuild the site with newsdesk build`,
      },
    ];
  }
}

// Every page but 404, search and redirects is listed once, and nothing else is.
function checkSitemap(
  site: BuiltSite,
  pages: readonly string[],
  redirects: ReadonlySet<string>,
  pathPrefix: string,
): VerifyProblem[] {
  if (!site.files.has("sitemap.xml")) return [];
  const parser = new XMLParser({ isArray: (name) => name === "url" || name === "sitemap" });
  const root = parser.parse(site.read("sitemap.xml")) as {
    urlset?: { url: { loc: string }[] };
    sitemapindex?: { sitemap: { loc: string }[] };
  };
  const parts = root.sitemapindex
    ? root.sitemapindex.sitemap.map(
        (s) =>
          parser.parse(site.read(fileForPath(new URL(s.loc).pathname.slice(pathPrefix.length - 1)))) as typeof root,
      )
    : [root];
  const listed = parts
    .flatMap((p) => p.urlset?.url ?? [])
    .map((u) => fileForPath(new URL(u.loc).pathname.slice(pathPrefix.length - 1)));
  const expected = new Set(
    pages.filter((f) => f.endsWith("index.html") && f !== fileForPath(PATHS.search) && !redirects.has(f)),
  );
  const problems: VerifyProblem[] = [];
  const seen = new Set<string>();
  for (const file of listed) {
    if (seen.has(file)) problems.push({ check: "sitemap", file: "sitemap.xml", message: `lists ${file} twice` });
    seen.add(file);
    if (!expected.has(file))
      problems.push({
        check: "sitemap",
        file: "sitemap.xml",
        message: `lists ${file}, which is not a page of this build`,
      });
  }
  for (const file of expected)
    if (!seen.has(file)) problems.push({ check: "sitemap", file: "sitemap.xml", message: `does not list ${file}` });
  return problems;
}

// Each old address in _redirects is claimed once, and never by a real page as well.
function checkRedirects(site: BuiltSite, redirectPages: ReadonlySet<string>, pathPrefix: string): VerifyProblem[] {
  if (!site.files.has("_redirects")) return [];
  const problems: VerifyProblem[] = [];
  const claimed = new Map<string, string>();
  for (const line of site.read("_redirects").split("\n")) {
    const [from, to] = line.trim().split(/\s+/);
    if (!from || from.startsWith("#") || !to) continue;
    const earlier = claimed.get(from);
    if (earlier !== undefined)
      problems.push({
        check: "redirect",
        file: "_redirects",
        message: `${from} is claimed twice (to ${earlier} and to ${to})`,
      });
    claimed.set(from, to);
    const file = fileForPath(from.startsWith(pathPrefix) ? `/${from.slice(pathPrefix.length)}` : from);
    if (site.files.has(file) && file.endsWith(".html") && !redirectPages.has(file)) {
      problems.push({
        check: "redirect",
        file: "_redirects",
        message: `${from} redirects to ${to}, but it is also a page of the site`,
      });
    }
  }
  return problems;
}

function dedupe(problems: VerifyProblem[]): VerifyProblem[] {
  const keys = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.check}|${p.file}|${p.message}`;
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}
