import type { Diagnostic } from "../model/diagnostic.ts";
import { addressIndex, type AddressIndex } from "./address-index.ts";
import { linkSuggestion } from "./link-suggestion.ts";
import { normalPath, siteAddresses, type SiteAddresses } from "./site-addresses.ts";
import type { SiteModel } from "./site-model.ts";

/**
 * Root-relative links in article bodies, checked against every address of this build (`addresses`): a link to
 * no page is a warning with the page it most likely meant (src/site/link-suggestion.ts); a link that works
 * through a redirect (an alias, a renamed topic) or names a page's index.html is a notice naming the address to
 * link to instead.
 */
export function checkBodyLinks(model: SiteModel, addresses: SiteAddresses = siteAddresses(model)): Diagnostic[] {
  let index: AddressIndex | undefined;
  const indexed = () => (index ??= addressIndex(addresses));
  return model.content.articles.flatMap((article) =>
    article.links.flatMap((link): Diagnostic[] => {
      if (addresses.pages.has(link.href)) return [];
      const path = normalPath(link.href);
      if (addresses.pages.has(path)) return [];
      const at = { file: article.file, line: link.line, column: 1, field: "body" };
      const tidy = (message: string, to: string): Diagnostic[] => [
        { ...at, severity: "notice", message, suggestion: `link to ${to} itself` },
      ];
      const target = addresses.redirects.get(path);
      if (target !== undefined)
        return tidy(`the link to ${link.href} is an old address that redirects to ${target}`, target);
      const folder = /\/index\.html$/.test(path) ? path.slice(0, -"index.html".length) : undefined;
      if (folder !== undefined && addresses.pages.has(folder))
        return tidy(`the link to ${link.href} names the file of the page ${folder}`, folder);
      return [
        {
          ...at,
          severity: "warning",
          message: `the link to ${link.href} leads to no page of this site`,
          suggestion: linkSuggestion(path, addresses, indexed),
        },
      ];
    }),
  );
}
