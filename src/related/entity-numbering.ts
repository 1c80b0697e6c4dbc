import type { Article } from "../model/article.ts";
import { TAXONOMIES, entityKey, type Entity, type TaxonomyKind } from "../model/entity.ts";

/** Numbers entities in order of first sight (the first is 0), one number per entityKey. */
export class EntityNumbering {
  /** The entity of each number. */
  readonly entities: Entity[] = [];
  private readonly ids = new Map<string, number>();
  // The same entity object is usually on many articles: known objects skip building and hashing their key.
  private readonly known = new WeakMap<Entity, number>();

  /** The numbers of an article's entities in the given taxonomies, in taxonomy order, each once. */
  numbersOf(article: Article, kinds: readonly TaxonomyKind[] = TAXONOMIES): number[] {
    const mine: number[] = [];
    for (let t = 0; t < kinds.length; t++) {
      const list = article[kinds[t]!];
      for (let e = 0; e < list.length; e++) {
        const entity = list[e]!;
        let id = this.known.get(entity);
        if (id === undefined) {
          const key = entityKey(entity);
          id = this.ids.get(key);
          if (id === undefined) {
            id = this.entities.length;
            this.ids.set(key, id);
            this.entities.push(entity);
          }
          this.known.set(entity, id);
        }
        if (!mine.includes(id)) mine.push(id);
      }
    }
    return mine;
  }
}
