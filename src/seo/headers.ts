import { MAX_SHARDS } from "../model/search-bundles.ts";

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
 * (Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval'), nothing framed, forms only to the site.
 */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join("; ");

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

/** Security headers for every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "X-Frame-Options": "DENY",
};

/** Long caching for fingerprinted assets, an hour for the search index, revalidation for everything else. */
export const CACHE_RULES: readonly { readonly path: string; readonly value: string }[] = [
  { path: "assets/*", value: "public, max-age=31536000, immutable" },
  { path: "pagefind/*", value: "public, max-age=3600" },
  // The further bundles of a search index split for a large archive (src/search/shards.ts).
  ...Array.from({ length: MAX_SHARDS - 1 }, (_, i) => ({ path: `pagefind-${i + 2}/*`, value: "public, max-age=3600" })),
];

/**
 * A _headers file (Netlify, Cloudflare Pages) for a site under `pathPrefix`. HTML keeps the hosts' default
 * cache (revalidate on every visit), because both hosts join repeated headers rather than override them.
 */
export function headersFile(pathPrefix: string): string {
  const security = Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join("\n");
  const caching = CACHE_RULES.map((rule) => `${pathPrefix}${rule.path}\n  Cache-Control: ${rule.value}`).join("\n");
  return `# Written by newsdesk build: security headers for every page, long caching for fingerprinted assets.\n${pathPrefix}*\n${security}\n${caching}\n`;
}

/** One redirect from an old address to a page of the site. */
export interface Redirect {
  /** Site path the redirect answers at. */
  readonly from: string;
  /** Site path it leads to. */
  readonly to: string;
}

/** A _redirects file (Netlify, Cloudflare Pages): permanent redirects, paths under the prefix. */
export function redirectsFile(redirects: readonly Redirect[], href: (path: string) => string): string {
  return `# Written by newsdesk build: old addresses (front-matter aliases, renamed topics) and where they went.\n${redirects.map((r) => `${href(r.from)} ${href(r.to)} 301`).join("\n")}${redirects.length > 0 ? "\n" : ""}`;
}
