import { TAXONOMIES, TAXONOMY_LABELS, type TaxonomyKind } from "../model/entity.ts";
import { homePath, taxonomyIndexPath } from "../model/urls.ts";
import type { Term } from "../taxonomy/terms.ts";

/** A section of the main navigation: the latest stories, a taxonomy's index, or the archive. */
export interface NavSection {
  readonly path: string;
  readonly label: string;
  readonly kind: "latest" | TaxonomyKind | "archive";
}

/**
 * The main navigation's sections, in order: the latest stories, each taxonomy that has at least one term (an
 * archive without outlets has no Outlets section; its index page still exists and says there are none), and the
 * archive from its newest year's page when there is one.
 */
export function navSections(
  terms: Readonly<Record<TaxonomyKind, readonly Term[]>>,
  newestYearPath: string | undefined,
): NavSection[] {
  return [
    { path: homePath(), label: "Latest", kind: "latest" },
    ...TAXONOMIES.filter((kind) => terms[kind].length > 0).map((kind) => ({
      path: taxonomyIndexPath(kind),
      label: TAXONOMY_LABELS[kind].plural,
      kind,
    })),
    ...(newestYearPath ? [{ path: newestYearPath, label: "Archive", kind: "archive" as const }] : []),
  ];
}
