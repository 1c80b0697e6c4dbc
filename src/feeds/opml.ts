import { escapeXml } from "../render/xml.ts";
import type { Urls } from "../model/urls.ts";
import { TAXONOMIES, TAXONOMY_LABELS, type Entity, type TaxonomyKind } from "../model/entity.ts";
import { termFeedPath, termPath } from "../model/urls.ts";

/**
 * An OPML 2.0 subscription list of every topic feed, grouped by taxonomy, so a reader can follow all agencies at
 * once; a taxonomy without terms has no group.
 */
export function topicFeedsOpml(
  title: string,
  terms: Readonly<Record<TaxonomyKind, readonly { entity: Entity }[]>>,
  urls: Urls,
): string {
  const outline = (e: Entity) =>
    `      <outline type="rss" text="${escapeXml(e.name)}" title="${escapeXml(e.name)}" xmlUrl="${escapeXml(urls.absolute(termFeedPath(e.kind, e.slug)))}" htmlUrl="${escapeXml(urls.absolute(termPath(e.kind, e.slug)))}"/>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0">
  <head><title>${escapeXml(`${title}: topic feeds`)}</title></head>
  <body>
${TAXONOMIES.filter((kind) => terms[kind].length > 0)
  .map(
    (
      kind,
    ) => `    <outline text="${escapeXml(TAXONOMY_LABELS[kind].plural)}" title="${escapeXml(TAXONOMY_LABELS[kind].plural)}">
${terms[kind].map((t) => outline(t.entity)).join("\n")}
    </outline>`,
  )
  .join("\n")}
  </body>
</opml>
`;
}
