import { checkSitePath, sitePathKey } from "../model/safe-url.ts";
import type { Redirect } from "../seo/headers.ts";
import { TAXONOMIES } from "../model/entity.ts";
import type { SiteModel } from "./site-model.ts";
import { redirectPagePath, reservedFolder } from "./reserved-paths.ts";
import { termFeedPath, termPath } from "../model/urls.ts";
import { queryAlias } from "../model/query-alias.ts";

/**
 * Redirects the model asks for: renamed topics (former_slugs) and their feeds, then article aliases, then static
 * pages' aliases, each alias in checkSitePath's normal form (as written when it is no site path, for
 * redirectProblems to name). WordPress's /?p=123 and /?page_id=45 redirect from their plain path (/p/123/,
 * /page-id/45/: src/model/query-alias.ts) and keep their query, for the home page's script and _redirects.
 */
export function siteRedirects(model: SiteModel): Redirect[] {
  const aliased = (owner: { readonly path: string; readonly aliases?: readonly { readonly value: string }[] }) =>
    (owner.aliases ?? []).map((alias): Redirect => {
      const query = queryAlias(alias.value);
      return query
        ? { from: query.path, to: owner.path, query: query.query }
        : { from: normal(alias.value), to: owner.path };
    });
  const articleAliases = model.content.articles.flatMap(aliased);
  const pageAliases = model.content.pages.flatMap(aliased);
  const renamed = TAXONOMIES.flatMap((kind) =>
    model.terms[kind].flatMap((t) =>
      (t.entity.formerSlugs ?? []).flatMap((old) => [
        { from: termPath(kind, old), to: termPath(kind, t.entity.slug) },
        { from: termFeedPath(kind, old), to: termFeedPath(kind, t.entity.slug) },
      ]),
    ),
  );
  return [...renamed, ...articleAliases, ...pageAliases];
}

/**
 * Redirects that hosts or browsers would read otherwise than written (a wildcard, placeholder, dot segment or
 * encoded trick: src/model/safe-url.ts), that claim an address a page already has (in any case), or that
 * another redirect claims, or that lie where newsdesk writes its own files (/assets/, /.newsdesk-output): each
 * named once. Paths are compared in checkSitePath's normal form.
 */
export function redirectConflicts(redirects: readonly Redirect[], pagePaths: ReadonlySet<string>): string[] {
  return redirectProblems(redirects, pagePaths).map((p) => p.problem);
}

/** What redirectConflicts finds, each problem with the redirect it is about. */
export function redirectProblems(
  redirects: readonly Redirect[],
  pagePaths: ReadonlySet<string>,
): { readonly redirect: Redirect; readonly problem: string }[] {
  const pages = new Map([...pagePaths].map((p) => [sitePathKey(normal(p)), p]));
  const seen = new Map<string, string>();
  const problems: { redirect: Redirect; problem: string }[] = [];
  for (const r of redirects) {
    const report = (problem: string) => problems.push({ redirect: r, problem });
    const unsafe = unsafePath(r.from) ?? unsafePath(r.to);
    if (unsafe) {
      report(`the redirect ${r.from} → ${r.to} cannot be written: ${unsafe}`);
      continue;
    }
    const from = normal(r.from);
    const to = normal(r.to);
    // Serve writes what check refuses, leaving this out: a page there would break newsdesk's own files.
    const folder = reservedFolder(redirectPagePath(from));
    if (folder) {
      report(`${r.from} cannot redirect to ${r.to}: ${folder.path} is where newsdesk writes ${folder.what}`);
      continue;
    }
    const page = pages.get(sitePathKey(from));
    if (page !== undefined && normal(page) === from)
      report(`${r.from} is a page of the site and cannot also redirect to ${r.to}`);
    else if (page) report(`${r.from} differs only in case from the page ${page} and cannot redirect to ${r.to}`);
    const earlier = seen.get(from);
    if (earlier !== undefined && earlier !== to)
      report(`${r.from} is claimed twice: it would redirect to ${earlier} and to ${r.to}`);
    seen.set(from, to);
  }
  return problems;
}

// Why a path cannot be a redirect's end, if it cannot.
function unsafePath(path: string): string | undefined {
  const checked = checkSitePath(path);
  return checked.ok ? undefined : `${path} ${checked.reason}`;
}

// A site path in its normal form, or as written when it is none.
function normal(path: string): string {
  const checked = checkSitePath(path);
  return checked.ok ? checked.value : path;
}
