import { checkSitePath, sitePathKey } from "../model/safe-url.ts";
import type { Article } from "../model/article.ts";
import type { Diagnostic } from "../model/diagnostic.ts";

/**
 * Aliases that are not plain site paths (src/model/safe-url.ts: no wildcards, placeholders, dot segments or
 * encoded tricks), that claim an article's own address, or that two articles claim: an error at each alias,
 * naming the other file. Addresses are compared in checkSitePath's normal form ("/café/" is "/caf%C3%A9/"),
 * and without case too, as case-insensitive hosts serve them.
 */
export function checkAliases(articles: readonly Article[]): Diagnostic[] {
  const problems: Diagnostic[] = [];
  if (!articles.some((a) => a.aliases)) return problems;
  const pages = new Map(articles.map((a) => [sitePathKey(a.path), a]));
  const claimed = new Map<string, { readonly article: Article; readonly path: string }>();
  for (const article of articles) {
    for (const alias of article.aliases ?? []) {
      const at = { file: article.file, line: alias.line, column: alias.column, field: "aliases" };
      const report = (message: string, suggestion: string) =>
        problems.push({ ...at, severity: "error", message, suggestion });
      const checked = checkSitePath(alias.value);
      if (!checked.ok) {
        report(`${alias.value} ${checked.reason}`, checked.fix);
        continue;
      }
      const key = sitePathKey(checked.value);
      const page = pages.get(key);
      const other = claimed.get(key);
      if (page && page.path === checked.value) {
        report(`${alias.value} is the address of ${page.file}`, "an alias must be an address no article has");
      } else if (page) {
        const message = `${alias.value} differs only in case from ${page.path}, the address of ${page.file}`;
        report(message, "an alias must be an address no article has, in any case");
      } else if (other && other.article !== article) {
        const message = other.path === checked.value
          ? `${alias.value} is also an alias of ${other.article.file}`
          : `${alias.value} differs only in case from ${other.path}, an alias of ${other.article.file}`;
        report(message, "keep the alias on one article only");
      }
      if (!other) claimed.set(key, { article, path: checked.value });
    }
  }
  return problems;
}
