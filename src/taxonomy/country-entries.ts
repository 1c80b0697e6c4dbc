import type { Diagnostic, Position } from "../model/diagnostic.ts";
import { slugify } from "../model/slug.ts";
import type { Entity } from "../model/entity.ts";
import type { EntityIndex, EntityPlaces } from "./entity-index.ts";
import { closestName } from "./names.ts";

/** An entry under countries: in entities.yaml, as the registry read it. */
export interface CountryEntry {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly description?: string;
  readonly slug?: string;
  readonly former_slugs?: readonly string[];
  /** Only for a territory ISO 3166-1 lacks. */
  readonly code?: string;
}

/** What the registry lends an entry: its index, the countries by code, and where and how to report. */
export interface CountryEntryContext {
  readonly index: EntityIndex;
  /** Countries by alpha-2 and alpha-3 code; a territory's code is added. */
  readonly codes: Map<string, Entity>;
  readonly where: (path: readonly (string | number)[]) => Position;
  readonly report: (
    position: Position,
    field: string,
    message: string,
    suggestion?: string,
    severity?: Diagnostic["severity"],
  ) => void;
}

const TERRITORY_FIX = "give it a code: (two letters no country has, e.g. code: XS)";

/**
 * One countries: entry of entities.yaml: a known country's name gives it aliases and a description; a name
 * ISO 3166-1 lacks, with a code, adds a territory; any other name is an error with a did-you-mean.
 */
export function addCountryEntry(
  entry: CountryEntry,
  places: EntityPlaces,
  path: readonly [string, number],
  context: CountryEntryContext,
): void {
  const { index, codes, where, report } = context;
  const country = index.get("countries", entry.name);
  if (!country && entry.code !== undefined) {
    addTerritory(entry, entry.code, places, path, context);
    return;
  }
  if (!country) {
    const near = closestName(entry.name, index.candidates("countries"));
    const fix = near
      ? `did you mean '${near}'?`
      : `countries are ISO 3166 names; to add a territory ISO 3166 lacks, ${TERRITORY_FIX}`;
    report(where(path), "countries", `'${entry.name}' is not an ISO 3166 country`, fix);
    return;
  }
  if (entry.code !== undefined && entry.code !== country.code)
    report(
      where([...path, "code"]),
      "countries.code",
      `${country.name}'s code is ${country.code}, not ${entry.code}`,
      "remove code: from this country",
    );
  if (entry.slug !== undefined)
    report(
      where([...path, "slug"]),
      "countries.slug",
      `a country's slug is fixed ('${country.slug}')`,
      "remove slug: from this country",
    );
  const augmented = {
    ...country,
    aliases: [...country.aliases, ...(entry.aliases ?? [])],
    description: entry.description ?? country.description,
    formerSlugs: entry.former_slugs ?? [],
  };
  const builtIn: EntityPlaces = { ...places, aliases: [...country.aliases.map(() => places.name), ...places.aliases] };
  index.add(augmented, builtIn, country);
  for (const [code, e] of codes) if (e.slug === augmented.slug) codes.set(code, augmented);
}

// A territory ISO 3166-1 lacks: its code must be no other country's.
function addTerritory(
  entry: CountryEntry,
  code: string,
  places: EntityPlaces,
  path: readonly [string, number],
  context: CountryEntryContext,
): void {
  const owner = context.codes.get(code);
  if (owner) {
    const fix = "pick two letters no country has: ISO 3166-1 leaves AA, QM-QZ, XA-XZ and ZZ to users (XK is Kosovo)";
    context.report(context.where([...path, "code"]), "countries.code", `code ${code} is already ${owner.name}'s`, fix);
    return;
  }
  const territory: Entity = {
    kind: "countries",
    name: entry.name,
    slug: entry.slug ?? slugify(entry.name),
    aliases: entry.aliases ?? [],
    description: entry.description,
    code,
    formerSlugs: entry.former_slugs ?? [],
  };
  if (context.index.add(territory, places)) context.codes.set(code, territory);
}
