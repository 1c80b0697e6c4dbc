import type { Diagnostic } from "../model/diagnostic.ts";
import { closestName } from "../taxonomy/names.ts";
import { TAXONOMIES } from "../model/entity.ts";
import type { SiteModel } from "./site-model.ts";
import { PATHS, termFeedPath } from "../model/urls.ts";

/** Every site path the model produces: pages, feeds and machine files. */
export function producedPaths(model: SiteModel): Set<string> {
  const feeds = TAXONOMIES.flatMap((kind) => model.terms[kind].map((t) => termFeedPath(kind, t.entity.slug)));
  return new Set([...model.pages.map((p) => p.path), ...Object.values(PATHS), ...feeds]);
}

/** Warnings for root-relative links in article bodies that point at no page of this build (`known`: its paths). */
export function checkBodyLinks(model: SiteModel, known: ReadonlySet<string> = producedPaths(model)): Diagnostic[] {
  let paths: Map<string, string> | undefined;
  // Every path by itself, for the did-you-mean of a broken link (made only when there is one).
  const candidates = () => (paths ??= new Map([...known].map((p) => [p, p])));
  return model.content.articles.flatMap((article) =>
    article.links
      .filter((link) => !known.has(link.href))
      .map((link): Diagnostic => {
        const slash = known.has(`${link.href}/`) ? `${link.href}/` : undefined;
        const near = slash ?? closestName(link.href, candidates());
        return {
          file: article.file,
          line: link.line,
          column: 1,
          field: "body",
          severity: "warning",
          message: `the link to ${link.href} leads to no page of this site`,
          suggestion: near ? `did you mean ${near}?` : "link to an article as /YYYY/MM/slug/",
        };
      }),
  );
}
