import type { Article } from "./article.ts";
import type { Diagnostic } from "./diagnostics.ts";

/** Aliases that claim an article's own address, or that two articles claim: an error at each alias, naming the other file. */
export function checkAliases(articles: readonly Article[]): Diagnostic[] {
  const problems: Diagnostic[] = [];
  if (!articles.some((a) => a.aliases)) return problems;
  const pages = new Map(articles.map((a) => [a.path, a]));
  const claimed = new Map<string, Article>();
  for (const article of articles) {
    for (const alias of article.aliases ?? []) {
      const report = (message: string, suggestion: string) =>
        problems.push({ file: article.file, line: alias.line, column: alias.column, field: "aliases", severity: "error", message, suggestion });
      const page = pages.get(alias.value);
      const other = claimed.get(alias.value);
      if (page) report(`${alias.value} is the address of ${page.file}`, "an alias must be an address no article has");
      else if (other && other !== article) report(`${alias.value} is also an alias of ${other.file}`, "keep the alias on one article only");
      claimed.set(alias.value, article);
    }
  }
  return problems;
}
