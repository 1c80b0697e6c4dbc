import { z } from "zod";
import type { Diagnostic, Position } from "../model/diagnostic.ts";
import { isSlug, slugify } from "../model/slug.ts";
import { checkExternalUrl } from "../model/safe-url.ts";
import { COUNTRIES } from "./country-data.ts";
import { TAXONOMIES, type Entity, type TaxonomyKind } from "../model/entity.ts";
import { EntityIndex, type EntityPlaces } from "./entity-index.ts";
import { closestName } from "./names.ts";
import { addCountryEntry } from "./country-entries.ts";
import { canonicalCve, cveOrgUrl, cveSlug } from "../model/cve.ts";
import { ATTACK_ID } from "../model/attack.ts";

// The ATT&CK ID's letter each taxonomy takes: groups for actors, software for malware.
const ATTACK_LETTER: Partial<Record<TaxonomyKind, { readonly letter: string; readonly what: string }>> = {
  actors: { letter: "G", what: "a group ID, G and four digits (e.g. G0007)" },
  malware: { letter: "S", what: "a software ID, S and four digits (e.g. S0154)" },
};

/** Looks up agencies, outlets, countries, actors, malware and defined topics by name or alias, and CVEs by ID. */
export interface Registry {
  /** The entity a name or alias stands for, if known. */
  lookup(kind: TaxonomyKind, name: string): Entity | undefined;
  /** The canonical name closest to an unknown one, for did-you-mean. */
  suggest(kind: TaxonomyKind, name: string): string | undefined;
  /** Every entity defined for a taxonomy. */
  entities(kind: TaxonomyKind): readonly Entity[];
}

const entrySchema = z.object({
  name: z.string({ error: "name is required and must be text" }).trim().min(1, "name is blank"),
  aliases: z
    .array(z.string({ error: "each alias must be text" }).trim().min(1, "an alias is blank"), {
      error: "aliases must be a list of names",
    })
    .optional(),
  description: z.string({ error: "description must be text" }).optional(),
  url: z.string({ error: "url must be text" }).superRefine(safeUrl).optional(),
  former_slugs: z
    .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a former slug is lowercase a-z, 0-9 and hyphens"), {
      error: "former_slugs must be a list of slugs",
    })
    .optional(),
  slug: z
    .string({ error: "slug must be text" })
    .refine(isSlug, "a slug is lowercase a-z, 0-9 and single hyphens")
    .optional(),
  // Actors and malware only: the MITRE ATT&CK ID, G and four digits for a group, S and four for software.
  attack: z
    .string({ error: "attack must be text" })
    .trim()
    .regex(ATTACK_ID, "an ATT&CK ID is G and four digits for a group (G0007), S and four digits for software (S0154)")
    .optional(),
  // Countries only: the two-letter code of a territory ISO 3166-1 lacks.
  code: z
    .string({ error: "code must be text" })
    .regex(/^[A-Z]{2}$/, "a code is two capital letters A-Z, e.g. XS")
    .optional(),
});

// An entity's website becomes a link on its page: http(s) only, through the one URL validator.
function safeUrl(value: string, ctx: z.RefinementCtx): void {
  const checked = checkExternalUrl(value);
  if (!checked.ok) ctx.addIssue({ code: "custom", message: `url ${checked.reason} (${checked.fix})` });
}

type Entry = z.infer<typeof entrySchema>;

/** Where a value of entities.yaml was written, by its path (section, index, field, index); undefined if unknown. */
export type PositionAt = (path: readonly (string | number)[]) => Position | undefined;

/** Registry built from entities.yaml data, plus the problems found in it. */
export interface RegistryResult {
  readonly registry: Registry;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Builds the registry: ISO 3166 countries with their common aliases, then the agencies, outlets, topics and
 * extra country names of entities.yaml. Conflicting aliases and slugs, bad entries and unknown countries are
 * errors naming the line; each entry is checked on its own, so one bad alias never drops the rest of the file.
 */
export function createRegistry(
  data: unknown,
  file: string,
  positionOf: (field: string, index?: number) => Position,
  positionAt?: PositionAt,
): RegistryResult {
  const diagnostics: Diagnostic[] = [];
  const report = (
    position: Position,
    field: string,
    message: string,
    suggestion?: string,
    severity: Diagnostic["severity"] = "error",
  ) => diagnostics.push({ file, ...position, field, severity, message, suggestion });
  const where = (path: readonly (string | number)[]): Position =>
    positionAt?.(path) ?? positionOf(String(path[0]), typeof path[1] === "number" ? path[1] : undefined);
  const index = new EntityIndex(file, diagnostics);
  const codes = new Map<string, Entity>();

  for (const c of COUNTRIES) {
    const entity: Entity = {
      kind: "countries",
      name: c.name,
      slug: slugify(c.name),
      aliases: c.aliases,
      code: c.alpha2,
      ...(c.numeric === undefined ? {} : { numeric: c.numeric }),
    };
    index.add(entity);
    codes.set(c.alpha2, entity);
    codes.set(c.alpha3, entity);
  }

  const sections: Record<string, unknown> =
    typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const known = new Set<string>(REGISTERED);
  for (const key of Object.keys(sections)) {
    if (key === "cves")
      report(
        positionOf(key),
        key,
        "CVEs are not registered",
        "remove the cves: section: an article's CVE IDs make the CVE pages",
        "warning",
      );
    else if (!known.has(key))
      report(positionOf(key), key, `unknown section '${key}'`, `use one of ${REGISTERED.join(", ")}`, "warning");
  }
  for (const kind of REGISTERED) {
    const list = Object.hasOwn(sections, kind) ? sections[kind] : undefined;
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      report(
        positionOf(kind),
        kind,
        `${kind} must be a list of entries`,
        `write ${kind}: then one '- name: …' line for each`,
      );
      continue;
    }
    list.forEach((raw, i) => {
      const entry = readEntry(raw, [kind, i], where, report);
      if (!entry) return;
      const places: EntityPlaces = {
        name: where([kind, i, "name"]),
        aliases: (entry.aliases ?? []).map((_, j) => where([kind, i, "aliases", j])),
      };
      if (kind === "countries") {
        addCountryEntry(entry, places, [kind, i], { index, codes, where, report });
        return;
      }
      if (entry.code !== undefined)
        report(where([kind, i, "code"]), `${kind}.code`, "code is for countries only", "remove code: from this entry");
      const attack = checkAttack(kind, entry.attack, where([kind, i, "attack"]), report);
      const slug = entry.slug ?? slugify(entry.name);
      index.add(
        {
          kind,
          name: entry.name,
          slug,
          aliases: entry.aliases ?? [],
          description: entry.description,
          website: entry.url,
          formerSlugs: entry.former_slugs ?? [],
          ...(attack ? { attack } : {}),
        },
        places,
      );
    });
  }

  const lists = new Map<TaxonomyKind, Entity[]>(
    TAXONOMIES.map((kind) => [kind, index.entities(kind).sort((a, b) => a.name.localeCompare(b.name, "en"))]),
  );
  const candidates = new Map<TaxonomyKind, Map<string, string>>(
    TAXONOMIES.map((kind) => [kind, index.candidates(kind)]),
  );

  // A CVE needs no entry: every well-formed ID is one, made once so that every article lists the same object.
  const cves = new Map<string, Entity>();
  const cve = (name: string): Entity | undefined => {
    const id = canonicalCve(name);
    if (!id) return undefined;
    const made = cves.get(id) ?? { kind: "cves", name: id, slug: cveSlug(id), aliases: [], website: cveOrgUrl(id) };
    cves.set(id, made);
    return made;
  };
  const registry: Registry = {
    lookup(kind, name) {
      if (kind === "cves") return cve(name);
      const found = index.get(kind, name);
      if (found || kind !== "countries") return found;
      const trimmed = name.trim();
      return /^[A-Z]{2,3}$/.test(trimmed) ? codes.get(trimmed) : undefined;
    },
    suggest: (kind, name) => closestName(name, candidates.get(kind)!),
    entities: (kind) => lists.get(kind)!,
  };
  return { registry, diagnostics };
}

/** The taxonomies entities.yaml defines entries of: all but CVEs, which the articles name. */
const REGISTERED = TAXONOMIES.filter((kind) => kind !== "cves");

// An ATT&CK ID on the taxonomy it belongs to, with the letter of that taxonomy; undefined (and reported) otherwise.
function checkAttack(
  kind: TaxonomyKind,
  attack: string | undefined,
  at: Position,
  report: (position: Position, field: string, message: string, suggestion?: string) => void,
): string | undefined {
  if (attack === undefined) return undefined;
  const wanted = ATTACK_LETTER[kind];
  if (!wanted) {
    report(at, `${kind}.attack`, "attack is for actors and malware only", "remove attack: from this entry");
    return undefined;
  }
  if (!attack.startsWith(wanted.letter)) {
    report(
      at,
      `${kind}.attack`,
      `${attack} is not ${wanted.what}`,
      `write the ${kind === "actors" ? "group" : "software"}'s own ATT&CK ID, or move the entry under ${kind === "actors" ? "malware" : "actors"}:`,
    );
    return undefined;
  }
  return attack;
}

const FIXES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  aliases: "write aliases as a list of names, e.g. aliases: [EU IRU, EUIRU]",
  slug: "write slug: with lowercase a-z, 0-9 and hyphens, e.g. slug: c-plus-plus",
  name: "write name: and the entity's canonical name",
  code: "write code: as two capital letters no country has, e.g. code: XS",
  attack: "write attack: as the MITRE ATT&CK ID, e.g. attack: G0007 for a group or attack: S0154 for software",
});

// One entry, checked on its own: each problem at its line (a bad alias at the alias). An entry whose name is
// usable still counts, with its usable aliases, so one mistake does not turn every article's mention into another.
function readEntry(
  raw: unknown,
  path: readonly [string, number],
  where: (path: readonly (string | number)[]) => Position,
  report: (position: Position, field: string, message: string, suggestion?: string) => void,
): Entry | undefined {
  const parsed = entrySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "";
    const fix = FIXES[field];
    report(
      where([...path, ...(issue.path as (string | number)[])]),
      [path[0], field].filter(Boolean).join("."),
      issue.message,
      fix,
    );
  }
  const name = (raw as { name?: unknown } | null)?.name;
  if (
    parsed.error.issues.some((issue) => issue.path[0] === "name" || issue.path.length === 0) ||
    typeof name !== "string"
  )
    return undefined;
  const aliases = (raw as { aliases?: unknown }).aliases;
  return {
    name: name.trim(),
    aliases: Array.isArray(aliases)
      ? aliases.filter((a): a is string => typeof a === "string" && a.trim() !== "").map((a) => a.trim())
      : [],
  };
}
