import { versionHasher } from "../model/hash.ts";
import type { Article } from "../model/article.ts";
import type { RelatedData, RelatedItem, ThreadEntry } from "./relate.ts";

/**
 * serve's first answer to a save: the related data of the last build carried over to this build's articles
 * (matched by path), so the saved page reloads without waiting for the related phase. Items whose article is
 * gone are dropped and new articles have none yet, until the exact data, computed right after, replaces it.
 */
export function carryOver(previous: RelatedData, articles: readonly Article[]): RelatedData {
  const byPath = new Map(articles.map((a) => [a.path, a]));
  // Lists whose articles are all unchanged stay the same arrays: a save that edits one article allocates little.
  const present = <T extends { readonly article: Article }>(list: readonly T[]): readonly T[] => {
    if (list.every((item) => byPath.get(item.article.path) === item.article)) return list;
    return list.flatMap((item) => {
      const article = byPath.get(item.article.path);
      return article ? [{ ...item, article }] : [];
    });
  };
  const related = new Map<string, readonly RelatedItem[]>();
  for (const [path, list] of previous.related) if (byPath.has(path)) related.set(path, present(list));
  const threads = new Map<string, readonly ThreadEntry[]>();
  for (const [path, list] of previous.threads) if (byPath.has(path)) threads.set(path, present(list));
  return { related, threads, together: previous.together };
}

/**
 * What the related phase reads, as a hash: equal hashes, equal related data. An article is its path and its
 * file's text (`source`); its entities are those the text names, resolved by `registry` (the same object while
 * entities.yaml is unchanged); `settings` are site.yaml's related weights.
 */
export function relatedInputs(articles: readonly Article[], registry: object, settings: unknown): string {
  const h = versionHasher().update(`${registryNumber(registry)}\0${JSON.stringify(settings) ?? ""}`);
  let chunk = "";
  for (const a of articles) {
    chunk += `${a.path}\0${a.source ?? a.body}\0${a.scheduled}\0`;
    if (chunk.length > 65_536) {
      h.update(chunk);
      chunk = "";
    }
  }
  return h.update(chunk).digest("base64");
}

const registries = new WeakMap<object, number>();
let registriesSeen = 0;
function registryNumber(registry: object): number {
  const n = registries.get(registry) ?? ++registriesSeen;
  registries.set(registry, n);
  return n;
}

/** Whether two results of the related phase show the same on every page: the same articles with the same reasons, timelines and companions. */
export function sameRelated(a: RelatedData, b: RelatedData): boolean {
  const lists = <T>(
    x: ReadonlyMap<string, readonly T[]>,
    y: ReadonlyMap<string, readonly T[]>,
    key: (item: T) => string,
  ) => {
    if (x.size !== y.size) return false;
    for (const [path, list] of x) {
      const other = y.get(path);
      if (!other || other.length !== list.length || list.some((item, i) => key(item) !== key(other[i]!))) return false;
    }
    return true;
  };
  return (
    lists(a.related, b.related, (i) => `${i.article.path} ${i.why}`) &&
    lists(a.threads, b.threads, (e) => `${e.article.path} ${e.current}`) &&
    lists(a.together, b.together, (c) => `${c.entity.kind}:${c.entity.slug} ${c.count}`)
  );
}
