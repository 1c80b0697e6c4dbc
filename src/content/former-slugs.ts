import { TAXONOMIES, type TaxonomyKind } from "../model/entity.ts";
import type { Registry } from "../taxonomy/registry.ts";
import type { Diagnostic, Position } from "../model/diagnostic.ts";

/**
 * former_slugs in entities.yaml that name a topic page the site has (an entity's current slug, its own included)
 * or that two entries give: the redirect would be written over that page, or twice. An error at the entry.
 */
export function checkFormerSlugs(
  data: unknown,
  registry: Registry,
  file: string,
  positionOf: (field: string, index?: number) => Position,
): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const kind of TAXONOMIES) {
    const entries = (data as Partial<Record<TaxonomyKind, unknown>> | undefined)?.[kind];
    if (!Array.isArray(entries)) continue;
    const current = new Map(registry.entities(kind).map((e) => [e.slug, e.name]));
    const given = new Map<string, string>();
    entries.forEach((entry: unknown, i) => {
      const { name, former_slugs: former } = (entry ?? {}) as { name?: unknown; former_slugs?: unknown };
      if (typeof name !== "string" || !Array.isArray(former)) return;
      for (const old of former) {
        if (typeof old !== "string") continue;
        const report = (message: string, suggestion: string) =>
          problems.push({
            file,
            ...positionOf(kind, i),
            field: "former_slugs",
            severity: "error",
            message,
            suggestion,
          });
        const owner = current.get(old);
        const earlier = given.get(old);
        if (owner !== undefined) {
          const whose = registry.lookup(kind, name)?.slug === old ? `${name}'s own slug` : `the slug of ${owner}`;
          report(
            `former slug '${old}' of ${name} is ${whose}: /${kind}/${old}/ is a page of the site`,
            "remove it from former_slugs",
          );
        } else if (earlier !== undefined && earlier !== name) {
          report(
            `former slug '${old}' of ${name} is also a former slug of ${earlier}`,
            "keep it on the entry that had that page",
          );
        }
        if (earlier === undefined) given.set(old, name);
      }
    });
  }
  return problems;
}
