import type { Entity } from "../../model/entity.ts";
import type { Registry } from "../../taxonomy/registry.ts";

/** Finds registry agencies, outlets, threat actors and malware named in a text, by canonical name or alias (case as written). */
export interface MentionFinder {
  /** Each entity mentioned, with the 0-based line and the words of its first mention. */
  find(text: string): Map<Entity, { line: number; as: string }>;
}

/** One finder per build: a single regular expression over every name and alias of three characters or more. */
export function createMentionFinder(registry: Registry): MentionFinder {
  const byName = new Map<string, Entity>();
  for (const kind of ["agencies", "outlets", "actors", "malware"] as const) {
    for (const entity of registry.entities(kind)) {
      for (const name of [entity.name, ...entity.aliases])
        if (name.length >= 3 && !byName.has(name)) byName.set(name, entity);
    }
  }
  if (byName.size === 0) return { find: () => new Map() };
  const alternatives = [...byName.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const lookup = new Map([...byName].map(([name, e]) => [name.replace(/’/g, "'"), e]));
  return {
    find(text) {
      const found = new Map<Entity, { line: number; as: string }>();
      for (const match of text.matchAll(pattern)) {
        const entity = lookup.get(match[0].replace(/’/g, "'"));
        if (entity && !found.has(entity)) found.set(entity, { line: lineOf(text, match.index ?? 0), as: match[0] });
      }
      return found;
    },
  };
}

function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
