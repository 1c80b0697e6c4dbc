import type { Diagnostic, Position } from "../model/diagnostic.ts";
import { TAXONOMIES, type Entity, type TaxonomyKind } from "../model/entity.ts";
import { nameKey } from "./names.ts";

/** Where an entity's name and each alias were written in entities.yaml; none for the built-in countries. */
export interface EntityPlaces {
  readonly name: Position;
  readonly aliases: readonly Position[];
}

interface Placed {
  readonly entity: Entity;
  /** Where the name (or alias) was written; undefined when built in. */
  readonly at?: Position;
}

/**
 * The names, aliases and slugs of every entity, by taxonomy. Nothing merges silently: a name or alias already
 * standing for another entity, or a slug another entity's page has, is an error on both lines naming the other.
 */
export class EntityIndex {
  readonly #names = new Map<TaxonomyKind, Map<string, Placed>>(TAXONOMIES.map((k) => [k, new Map()]));
  readonly #slugs = new Map<TaxonomyKind, Map<string, Placed>>(TAXONOMIES.map((k) => [k, new Map()]));
  readonly #report: (position: Position, field: string, message: string, suggestion: string) => void;

  constructor(file: string, diagnostics: Diagnostic[]) {
    this.#report = (position, field, message, suggestion) =>
      diagnostics.push({ file, ...position, field, severity: "error", message, suggestion });
  }

  /**
   * Adds an entity under its name and aliases. `replaces` is the entity it stands in for (a built-in country that
   * entities.yaml gives aliases to), which may share its slug and names. Returns false when refused.
   */
  add(entity: Entity, places?: EntityPlaces, replaces?: Entity): boolean {
    const field = entity.kind;
    const slugs = this.#slugs.get(entity.kind)!;
    const owner = slugs.get(entity.slug);
    if (owner && owner.entity !== replaces) {
      this.#slugTaken(entity, places?.name, owner);
      return false;
    }
    slugs.set(entity.slug, { entity, at: places?.name });
    const names = this.#names.get(entity.kind)!;
    [entity.name, ...entity.aliases].forEach((name, i) => {
      const at = i === 0 ? places?.name : places?.aliases[i - 1];
      const existing = names.get(nameKey(name));
      if (existing && existing.entity.slug !== entity.slug) {
        const where = existing.at ? ` (line ${existing.at.line})` : " (built in)";
        const fix = "give each alias to one entry only";
        const message = `'${name}' already names ${existing.entity.name}${where}`;
        this.#report(at ?? { line: 1, column: 1 }, field, message, fix);
        if (existing.at && at) {
          this.#report(existing.at, field, `'${name}' is also given to ${entity.name} (line ${at.line})`, fix);
        }
        return;
      }
      names.set(nameKey(name), { entity, at });
    });
    return true;
  }

  /** The entity a name or alias stands for. */
  get(kind: TaxonomyKind, name: string): Entity | undefined {
    return this.#names.get(kind)!.get(nameKey(name))?.entity;
  }

  /** Every entity of a taxonomy, once each. */
  entities(kind: TaxonomyKind): Entity[] {
    return [...this.#slugs.get(kind)!.values()].map((p) => p.entity);
  }

  /** Comparable name → canonical name, for did-you-mean. */
  candidates(kind: TaxonomyKind): Map<string, string> {
    return new Map([...this.#names.get(kind)!].map(([key, p]) => [key, p.entity.name]));
  }

  #slugTaken(entity: Entity, at: Position | undefined, owner: Placed): void {
    const same = nameKey(entity.name) === nameKey(owner.entity.name);
    const page = `/${entity.kind}/${entity.slug}/`;
    const fix = same
      ? `merge the two entries into one; if they are different, give one its own slug: (e.g. slug: ${entity.slug}-2)`
      : `add slug: to one of the two (e.g. slug: ${entity.slug}-2), so each has a page of its own`;
    const told = (name: string, line: number | undefined) =>
      `'${name}'${line === undefined ? " (built in)" : ` (line ${line})`}`;
    const message = (mine: string, other: Placed, line?: number) =>
      same
        ? `'${mine}' is given twice: also as ${told(other.entity.name, line)}`
        : `'${mine}' and ${told(other.entity.name, line)} would share one page, ${page}`;
    this.#report(at ?? { line: 1, column: 1 }, entity.kind, message(entity.name, owner, owner.at?.line), fix);
    if (owner.at && at) this.#report(owner.at, entity.kind, message(owner.entity.name, { entity }, at.line), fix);
  }
}
