import type { Article } from "../../model/article.ts";
import { TAXONOMIES, type TaxonomyKind } from "../../model/entity.ts";
import type { TaxonomyWeights } from "../../model/related-settings.ts";

/**
 * The taxonomies whose entries are proper names (an agency, an outlet, a country, a threat actor, a malware family,
 * a CVE), against topics, whose entries are the subject words a story's text is compared by.
 */
export const NAMED_KINDS: readonly TaxonomyKind[] = TAXONOMIES.filter((kind) => kind !== "topics");

/**
 * Removes from a text every mention, by name or alias as written, of the named entities the articles are filed
 * under (in the taxonomies weighted above 0). The entity part of the related score counts those entities already,
 * rarity-weighted; left in the text as well they would count twice, and the words of an agency's name (national,
 * crime, agency) would make two unrelated stories about one agency read alike. The text is left with what a story
 * says beyond who and where; "crime" written outside the name still counts.
 */
export function createMentionRemover(
  articles: readonly Article[],
  taxonomies: TaxonomyWeights,
): (text: string) => string {
  const kinds = NAMED_KINDS.filter((kind) => taxonomies[kind] > 0);
  const names = new Set<string>();
  const seen = new Set<string>();
  for (const article of articles)
    for (const kind of kinds)
      for (const entity of article[kind]) {
        if (seen.has(`${kind}\n${entity.name}`)) continue;
        seen.add(`${kind}\n${entity.name}`);
        for (const name of [entity.name, ...entity.aliases]) if (name.length >= 2) names.add(name);
      }
  if (names.size === 0) return (text) => text;
  const alternatives = [...names]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return (text) => text.replace(pattern, " ");
}
