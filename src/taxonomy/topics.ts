import type { Article } from "../model/article.ts";
import type { Entity } from "../model/entity.ts";

// Articles as canonicalTopics last respelled them, by the article it was given.
const respelled = new WeakMap<Article, Article>();

/**
 * Free topic tags written differently ("Ransomware", "ransomware") share a slug and so a page; every article
 * gets the one canonical spelling: the most used, ties broken alphabetically.
 */
export function canonicalTopics(articles: readonly Article[]): Article[] {
  const spellings = new Map<string, Map<string, number>>();
  for (const a of articles) {
    for (const t of a.topics) {
      const counts = spellings.get(t.slug) ?? new Map<string, number>();
      counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
      spellings.set(t.slug, counts);
    }
  }
  const canonical = new Map<string, Entity>();
  const entityFor = (t: Entity): Entity => {
    const existing = canonical.get(t.slug);
    if (existing) return existing;
    const [name] = [...spellings.get(t.slug)!].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]!;
    const entity = { ...t, name };
    canonical.set(t.slug, entity);
    return entity;
  };
  // An article already spelling every topic the canonical way stays the same object (serve's cache keeps it),
  // and one respelled as it was last time gets the same respelled object again.
  const same = (topics: readonly Entity[], from: readonly Entity[]) =>
    topics.every((t, i) => t.name === entityFor(from[i]!).name);
  return articles.map((a) => {
    if (same(a.topics, a.topics)) return a;
    const before = respelled.get(a);
    if (before && same(before.topics, a.topics)) return before;
    const article = { ...a, topics: a.topics.map(entityFor) };
    respelled.set(a, article);
    return article;
  });
}
