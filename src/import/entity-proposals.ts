import type { Entity } from "../model/entity.ts";
import type { Registry } from "../taxonomy/registry.ts";

/** The entity fields an import fills. */
export type EntityField = "agencies" | "outlets" | "countries";

/** Canonical names per field, and the free topics left over. */
export interface SortedTerms {
  readonly agencies: readonly string[];
  readonly outlets: readonly string[];
  readonly countries: readonly string[];
  readonly topics: readonly string[];
}

const FIELDS: readonly EntityField[] = ["countries", "agencies", "outlets"];

/**
 * Category and tag names sorted into newsdesk's fields: a name the registry knows as a country, agency or outlet
 * goes there under its canonical name (a "UK" tag becomes countries: [United Kingdom]); the rest stay topics.
 */
export function sortTerms(terms: readonly string[], registry: Registry): SortedTerms {
  const found: Record<EntityField, string[]> = { agencies: [], outlets: [], countries: [] };
  const topics: string[] = [];
  for (const term of terms) {
    const field = FIELDS.find((f) => registry.lookup(f, term));
    if (field) pushOnce(found[field], registry.lookup(field, term)!.name);
    else if (!topics.some((t) => t.toLowerCase() === term.toLowerCase())) topics.push(term);
  }
  return { ...found, topics };
}

/** Finds the agencies, outlets and countries a text names, by canonical name or alias, as written (case counts). */
export interface EntityFinder {
  /** Canonical names per field, in order of first mention. */
  find(text: string): Record<EntityField, string[]>;
}

/**
 * One finder per import: a regular expression per field over every name and alias (three letters or more, or an
 * all-capital alias such as UK). Code, links' targets and HTML tags are not read: "us" in a URL is no country.
 */
export function createEntityFinder(registry: Registry): EntityFinder {
  const patterns = FIELDS.map((field) => [field, patternFor(registry.entities(field))] as const);
  return {
    find(text) {
      const prose = proseOf(text);
      const found: Record<EntityField, string[]> = { agencies: [], outlets: [], countries: [] };
      for (const [field, pattern] of patterns) {
        if (!pattern) continue;
        for (const match of prose.matchAll(pattern.regex)) {
          const entity = pattern.lookup.get(match[0].replace(/’/g, "'"));
          if (entity) pushOnce(found[field], entity.name);
        }
      }
      return found;
    },
  };
}

function patternFor(entities: readonly Entity[]) {
  const lookup = new Map<string, Entity>();
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const usable = name.length >= 3 || /^[A-Z]{2}$/.test(name);
      if (usable && !lookup.has(name.replace(/’/g, "'"))) lookup.set(name.replace(/’/g, "'"), entity);
    }
  }
  if (lookup.size === 0) return undefined;
  const alternatives = [...lookup.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]"));
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  return { regex, lookup };
}

// The words a reader reads: fenced and inline code, link targets, HTML tags and URLs taken out.
function proseOf(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, " ")
    .replace(/`[^`\n]*`/g, " ")
    .replace(/\]\([^)]*\)/g, "] ")
    .replace(/<[^>]*>/g, " ")
    .replace(/\bhttps?:\/\/\S+/g, " ");
}

function pushOnce(list: string[], name: string): void {
  if (!list.includes(name)) list.push(name);
}
