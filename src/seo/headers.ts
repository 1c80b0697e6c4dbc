import type { SiteConfig } from "../model/site-config.ts";
import { frameHosts } from "../content/embeds.ts";

// The directives, written once: the _headers file and every page's <meta http-equiv> are made from them.
const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * The Content-Security-Policy every page satisfies: no inline script or style, scripts only from the site
 * (Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'), forms only to the site, and frames only from
 * `frames` (https hosts, the embeds a reader asked to load; none: frames fall back to default-src 'self').
 */
export function contentSecurityPolicy(frames: readonly string[] = []): string {
  const frameSrc = frames.length > 0 ? [`frame-src ${frames.map((host) => `https://${host}`).join(" ")}`] : [];
  return [...CSP_DIRECTIVES.slice(0, 6), ...frameSrc, ...CSP_DIRECTIVES.slice(6)].join("; ");
}

/** The policy of a site that frames nothing. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** A site's policy: it frames the embed hosts site.yaml allows (none with `html: text`, where no embed is shown). */
export function sitePolicy(site: Pick<SiteConfig, "html" | "embeds">): string {
  return contentSecurityPolicy(site.html === "allowlist" ? frameHosts(site.embeds) : []);
}

/**
 * The newsdesk policy a found one should be: the same frame hosts, if each is an https host, else none. verify
 * holds a built site to it without knowing its site.yaml.
 */
export function expectedPolicy(found: string): string {
  const frameSrc = found
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find((d) => d[0]?.toLowerCase() === "frame-src");
  const hosts = (frameSrc ?? [])
    .slice(1)
    .map((source) => /^https:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/.exec(source)?.[1]);
  const named = hosts.filter((h): h is string => h !== undefined);
  return contentSecurityPolicy(named.length === hosts.length ? named : []);
}

// Browsers ignore these in a <meta> policy (CSP Level 3, section 6.1), so the meta version leaves them out.
const HEADER_ONLY = new Set(["frame-ancestors", "report-uri", "sandbox"]);

/** A policy as a <meta http-equiv> may carry it: without the directives browsers ignore there. */
export function metaPolicy(policy: string): string {
  return policy
    .split(";")
    .map((d) => d.trim())
    .filter((d) => d !== "" && !HEADER_ONLY.has(d.split(/\s+/)[0]!.toLowerCase()))
    .join("; ");
}

/**
 * The policy in every page's <meta http-equiv="Content-Security-Policy">, for hosts that ignore _headers
 * (GitHub Pages, GitLab Pages): the same as the header, less frame-ancestors.
 */
export const META_CONTENT_SECURITY_POLICY = metaPolicy(CONTENT_SECURITY_POLICY);

/** Security headers for every response of a site with `policy`. */
export function securityHeaders(policy: string = CONTENT_SECURITY_POLICY): Readonly<Record<string, string>> {
  return {
    "Content-Security-Policy": policy,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    "X-Frame-Options": "DENY",
  };
}

/** Security headers for every response of a site that frames nothing. */
export const SECURITY_HEADERS = securityHeaders();

/**
 * Long caching for fingerprinted assets, an hour for each bundle of the search index (`searchBundles`, site paths:
 * a large archive's index is split, src/search/shards.ts), revalidation for everything else.
 */
export function cacheRules(
  searchBundles: readonly string[] = ["/pagefind/"],
): readonly { readonly path: string; readonly value: string }[] {
  return [
    { path: "assets/*", value: "public, max-age=31536000, immutable" },
    ...searchBundles.map((bundle) => ({ path: `${bundle.slice(1)}*`, value: "public, max-age=3600" })),
  ];
}

/**
 * A _headers file (Netlify, Cloudflare Pages) for a site under `pathPrefix`. HTML keeps the hosts' default
 * cache (revalidate on every visit), because both hosts join repeated headers rather than override them.
 */
export function headersFile(
  pathPrefix: string,
  policy: string = CONTENT_SECURITY_POLICY,
  searchBundles?: readonly string[],
): string {
  const security = Object.entries(securityHeaders(policy))
    .map(([name, value]) => `  ${name}: ${value}`)
    .join("\n");
  const caching = cacheRules(searchBundles)
    .map((rule) => `${pathPrefix}${rule.path}\n  Cache-Control: ${rule.value}`)
    .join("\n");
  return `# Written by newsdesk build: security headers for every page, long caching for fingerprinted assets.\n${pathPrefix}*\n${security}\n${caching}\n`;
}

/** One redirect from an old address to a page of the site. */
export interface Redirect {
  /** Site path the redirect answers at. */
  readonly from: string;
  /** Site path it leads to. */
  readonly to: string;
  /** For WordPress's /?p=123 and /?page_id=45: the query ("p=123") that `from` (/p/123/) stands in for. */
  readonly query?: string;
}

/**
 * A _redirects file (Netlify, Cloudflare Pages): permanent redirects, paths under the prefix. WordPress's
 * /?p=123 and /?page_id=45 get lines for their plain paths (/p/123/) only: Netlify could match the query
 * ("/ p=123 /2024/05/x/ 301") but Cloudflare Pages matches paths alone and would read such a line as a redirect
 * of the home page itself, so the home page's script sends those readers on instead, as the file says.
 */
export function redirectsFile(redirects: readonly Redirect[], href: (path: string) => string): string {
  const head =
    "# Written by newsdesk build: old addresses (front-matter aliases, renamed topics) and where they went.\n";
  const query = redirects.some((r) => r.query !== undefined) ? QUERY_NOTE : "";
  return `${head}${query}${redirects.map((r) => `${href(r.from)} ${href(r.to)} 301`).join("\n")}${redirects.length > 0 ? "\n" : ""}`;
}

// Why the file holds no query rules, for whoever reads it on the host.
const QUERY_NOTE =
  "# WordPress's /?p=N and /?page_id=N have no lines of their own: a host that matches paths alone would read one as\n" +
  "# a redirect of the home page. The home page's script sends them to /p/N/ and /page-id/N/, redirected below.\n";
