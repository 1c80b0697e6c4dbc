import { z } from "zod";
import type { Diagnostic, Position } from "../content/diagnostics.ts";
import { slugify } from "../content/slug.ts";
import { COUNTRIES } from "./country-data.ts";
import { TAXONOMIES, type Entity, type TaxonomyKind } from "./entity.ts";
import { closestName, nameKey } from "./names.ts";

/** Looks up agencies, outlets, countries and defined topics by name or alias. */
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
  aliases: z.array(z.string().trim().min(1), { error: "aliases must be a list of names" }).optional(),
  description: z.string({ error: "description must be text" }).optional(),
  url: z.url({ error: "url must be an absolute URL" }).optional(),
  former_slugs: z
    .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a former slug is lowercase a-z, 0-9 and hyphens"), { error: "former_slugs must be a list of slugs" })
    .optional(),
});

const fileSchema = z.object({
  agencies: z.array(entrySchema).optional(),
  outlets: z.array(entrySchema).optional(),
  countries: z.array(entrySchema).optional(),
  topics: z.array(entrySchema).optional(),
});

/** Registry built from entities.yaml data, plus the problems found in it. */
export interface RegistryResult {
  readonly registry: Registry;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Builds the registry: ISO 3166 countries with their common aliases, then the agencies, outlets, topics and
 * extra country names of entities.yaml. Conflicting aliases and unknown countries are errors naming the line.
 */
export function createRegistry(data: unknown, file: string, positionOf: (field: string, index?: number) => Position): RegistryResult {
  const diagnostics: Diagnostic[] = [];
  const report = (position: Position, field: string, message: string, suggestion?: string, severity: Diagnostic["severity"] = "error") =>
    diagnostics.push({ file, ...position, field, severity, message, suggestion });
  const index = new Map<TaxonomyKind, Map<string, Entity>>(TAXONOMIES.map((k) => [k, new Map()]));
  const codes = new Map<string, Entity>();

  const add = (entity: Entity, position?: Position, field = entity.kind): void => {
    const names = index.get(entity.kind)!;
    for (const name of [entity.name, ...entity.aliases]) {
      const existing = names.get(nameKey(name));
      if (existing && existing.slug !== entity.slug) {
        report(position ?? { line: 1, column: 1 }, field, `'${name}' already names ${existing.name}`, "give each alias to one entry only");
        continue;
      }
      names.set(nameKey(name), entity);
    }
  };

  for (const c of COUNTRIES) {
    const entity: Entity = { kind: "countries", name: c.name, slug: slugify(c.name), aliases: c.aliases, code: c.alpha2, numeric: c.numeric };
    add(entity);
    codes.set(c.alpha2, entity);
    codes.set(c.alpha3, entity);
  }

  const parsed = fileSchema.safeParse(data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [kind, i, field] = issue.path;
      report(positionOf(String(kind), typeof i === "number" ? i : undefined), [kind, field].filter(Boolean).join("."), issue.message);
    }
  }
  const known = new Set<string>(TAXONOMIES);
  for (const key of Object.keys((data as object | null) ?? {})) {
    if (!known.has(key)) report(positionOf(key), key, `unknown section '${key}'`, `use one of ${TAXONOMIES.join(", ")}`, "warning");
  }
  const sections = parsed.success ? parsed.data : {};
  for (const kind of TAXONOMIES) {
    (sections[kind] ?? []).forEach((entry, i) => {
      const position = positionOf(kind, i);
      if (kind === "countries") {
        const country = index.get("countries")!.get(nameKey(entry.name));
        if (!country) {
          const near = closestName(entry.name, new Map([...index.get("countries")!].map(([k, e]) => [k, e.name])));
          report(position, "countries", `'${entry.name}' is not an ISO 3166 country`, near ? `did you mean '${near}'?` : "countries are ISO 3166 names");
          return;
        }
        const augmented = { ...country, aliases: [...country.aliases, ...(entry.aliases ?? [])], description: entry.description ?? country.description, formerSlugs: entry.former_slugs ?? [] };
        add(augmented, position);
        for (const [code, e] of codes) if (e.slug === augmented.slug) codes.set(code, augmented);
        return;
      }
      add({ kind, name: entry.name, slug: slugify(entry.name), aliases: entry.aliases ?? [], description: entry.description, website: entry.url, formerSlugs: entry.former_slugs ?? [] }, position);
    });
  }

  const lists = new Map<TaxonomyKind, Entity[]>(
    TAXONOMIES.map((kind) => [kind, uniqueBySlug([...index.get(kind)!.values()]).sort((a, b) => a.name.localeCompare(b.name, "en"))]),
  );
  const candidates = new Map<TaxonomyKind, Map<string, string>>(
    TAXONOMIES.map((kind) => [kind, new Map([...index.get(kind)!].map(([key, e]) => [key, e.name]))]),
  );

  const registry: Registry = {
    lookup(kind, name) {
      const found = index.get(kind)!.get(nameKey(name));
      if (found || kind !== "countries") return found;
      const trimmed = name.trim();
      return /^[A-Z]{2,3}$/.test(trimmed) ? codes.get(trimmed) : undefined;
    },
    suggest: (kind, name) => closestName(name, candidates.get(kind)!),
    entities: (kind) => lists.get(kind)!,
  };
  return { registry, diagnostics };
}

function uniqueBySlug(entities: Entity[]): Entity[] {
  const bySlug = new Map<string, Entity>();
  for (const e of entities) if (!bySlug.has(e.slug) || bySlug.get(e.slug)!.aliases.length < e.aliases.length) bySlug.set(e.slug, e);
  return [...bySlug.values()];
}
