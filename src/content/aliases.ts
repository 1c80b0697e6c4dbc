import { sitePathKey } from "../model/safe-url.ts";
import { checkAliasPath, queryAlias } from "../model/query-alias.ts";
import type { Article, ArticleReference, StaticPage } from "../model/article.ts";
import type { Diagnostic } from "../model/diagnostic.ts";

/** What carries aliases: an article or a static page, by its file and address. */
type Owner = Pick<Article | StaticPage, "file" | "path" | "aliases">;

/**
 * Aliases that are not plain site paths (src/model/safe-url.ts: no wildcards, placeholders, dot segments or
 * encoded tricks) nor WordPress's /?p=123 or /?page_id=45, that claim an article's own address, or that two
 * articles or static pages claim: an error at each alias, naming the other file. Addresses are compared where
 * their redirect page is written (checkAliasPath: "/café/" is "/caf%C3%A9/", "/?p=123" is "/p/123/"), and without
 * case too, as case-insensitive hosts serve them. A static page's own address is output-claims' to report.
 */
export function checkAliases(articles: readonly Article[], pages: readonly StaticPage[] = []): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const owners: readonly Owner[] = [...articles, ...pages];
  if (!owners.some((a) => a.aliases)) return problems;
  const addresses = new Map(articles.map((a) => [sitePathKey(a.path), a]));
  const claimed = new Map<string, { readonly owner: Owner; readonly alias: ArticleReference; readonly path: string }>();
  for (const owner of owners) {
    for (const alias of owner.aliases ?? []) {
      const at = { file: owner.file, line: alias.line, column: alias.column, field: "aliases" };
      const report = (message: string, suggestion: string) =>
        problems.push({ ...at, severity: "error", message, suggestion });
      const checked = checkAliasPath(alias.value);
      if (!checked.ok) {
        report(`${alias.value} ${checked.reason}`, checked.fix);
        continue;
      }
      const key = sitePathKey(checked.value);
      // A page's own address counts too: output-claims compares other pages' addresses.
      const page = addresses.get(key) ?? (sitePathKey(owner.path) === key ? owner : undefined);
      const other = claimed.get(key);
      if (page && page.path === checked.value) {
        report(`${alias.value} is the address of ${page.file}`, "an alias must be an address no article has");
      } else if (page) {
        const message = `${alias.value} differs only in case from ${page.path}, the address of ${page.file}`;
        report(message, "an alias must be an address no article has, in any case");
      } else if (other && other.owner !== owner) {
        report(
          `${alias.value} ${sameAs(alias.value, checked.value, other)}`,
          `keep the alias on one ${isArticle(owner) && isArticle(other.owner) ? "article" : "file"} only`,
        );
      }
      if (!other) claimed.set(key, { owner, alias, path: checked.value });
    }
  }
  return problems;
}

// How an alias meets one claimed earlier: the same, the same but for case, or the same redirect page
// (/?p=123 and /p/123/ are both answered at /p/123/).
function sameAs(value: string, path: string, other: { owner: Owner; alias: ArticleReference; path: string }): string {
  const of = `an alias of ${other.owner.file}`;
  if (queryAlias(value) && !queryAlias(other.alias.value))
    return `is redirected from ${path}, and so is ${other.alias.value}, ${of}`;
  if (!queryAlias(value) && queryAlias(other.alias.value))
    return `is where ${other.alias.value}, ${of}, is redirected from`;
  return other.path === path ? `is also ${of}` : `differs only in case from ${other.path}, ${of}`;
}

// Articles have a date, static pages none: the suggestion names what the two files are.
function isArticle(owner: Owner): boolean {
  return "date" in owner;
}
