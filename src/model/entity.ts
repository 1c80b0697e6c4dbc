/** The four taxonomies an article can be filed under, in display order. */
export const TAXONOMIES = ["agencies", "outlets", "countries", "topics"] as const;

/** One of the four taxonomies. */
export type TaxonomyKind = (typeof TAXONOMIES)[number];

/** Headings for each taxonomy. */
export const TAXONOMY_LABELS: Readonly<Record<TaxonomyKind, { readonly plural: string; readonly singular: string }>> = {
  agencies: { plural: "Agencies", singular: "Agency" },
  outlets: { plural: "Outlets", singular: "Outlet" },
  countries: { plural: "Countries", singular: "Country" },
  topics: { plural: "Topics", singular: "Topic" },
};

/** A canonical agency, outlet, country or topic: what a topic page is about. */
export interface Entity {
  readonly kind: TaxonomyKind;
  /** Canonical name, as shown on pages. */
  readonly name: string;
  /** Slug of the canonical name: the last part of its topic page URL. */
  readonly slug: string;
  readonly aliases: readonly string[];
  readonly description?: string;
  /** The entity's own website. */
  readonly website?: string;
  /** ISO 3166-1 alpha-2 code, for countries. */
  readonly code?: string;
  /** ISO 3166-1 numeric code, for countries. */
  readonly numeric?: string;
  /** Slugs the entity's page had before it was renamed: their URLs redirect to the current page. */
  readonly formerSlugs?: readonly string[];
}

/** A stable key for an entity across taxonomies: "agencies/europol". */
export function entityKey(entity: Pick<Entity, "kind" | "slug">): string {
  return `${entity.kind}/${entity.slug}`;
}
