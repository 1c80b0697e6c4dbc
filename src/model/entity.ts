/**
 * The taxonomies an article can be filed under, in display order: the registry's agencies and outlets, countries,
 * threat actors and malware families (entities.yaml, with MITRE ATT&CK IDs), the CVEs the article names, topics.
 */
export const TAXONOMIES = ["agencies", "outlets", "countries", "actors", "malware", "cves", "topics"] as const;

/** One of the taxonomies. */
export type TaxonomyKind = (typeof TAXONOMIES)[number];

/** Headings for each taxonomy. */
export const TAXONOMY_LABELS: Readonly<Record<TaxonomyKind, { readonly plural: string; readonly singular: string }>> = {
  agencies: { plural: "Agencies", singular: "Agency" },
  outlets: { plural: "Outlets", singular: "Outlet" },
  countries: { plural: "Countries", singular: "Country" },
  actors: { plural: "Threat actors", singular: "Threat actor" },
  malware: { plural: "Malware", singular: "Malware family" },
  cves: { plural: "CVEs", singular: "CVE" },
  topics: { plural: "Topics", singular: "Topic" },
};

/** A label as it reads inside a sentence: lower case, but for acronyms (CVEs, CVE) which keep their capitals. */
export function inSentence(label: string): string {
  return label
    .split(" ")
    .map((word) => (/[A-Z].*[A-Z]/.test(word) ? word : word.toLowerCase()))
    .join(" ");
}

/** A canonical agency, outlet, country, actor, malware family, CVE or topic: what a topic page is about. */
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
  /** MITRE ATT&CK ID, for actors (G0007) and malware (S0154). */
  readonly attack?: string;
  /** Slugs the entity's page had before it was renamed: their URLs redirect to the current page. */
  readonly formerSlugs?: readonly string[];
}

/** A stable key for an entity across taxonomies: "agencies/europol". */
export function entityKey(entity: Pick<Entity, "kind" | "slug">): string {
  return `${entity.kind}/${entity.slug}`;
}
