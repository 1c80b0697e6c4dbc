import type { Article } from "../model/article.ts";
import type { SiteContent } from "../content/load.ts";
import type { PageData, SiteModel } from "./site-model.ts";

/**
 * serve, after a save that edited articles without moving them (see ServeMemo): the last site model with the
 * edited articles swapped in, instead of a new one. Lists, pagination and related lists stay as they were, which
 * is what buildSiteModel would make of the same places; only the pages `rendered` names (those that list an
 * edited article, the only ones written) and the topics are looked into. Everything else stays the same object.
 */
export function patchModel(
  model: SiteModel,
  content: SiteContent,
  edited: ReadonlyMap<Article, Article>,
  rendered: (page: PageData) => boolean,
): SiteModel {
  const unchanged = new Set(model.content.articles);
  for (const old of edited.keys()) unchanged.delete(old);
  // Swaps edited articles anywhere inside `value`, copying only the arrays and plain objects on the way to one;
  // articles that did not change, dates and other class instances are not looked into.
  const swap = <T>(value: T): T => {
    if (value === null || typeof value !== "object") return value;
    const replaced = edited.get(value as unknown as Article);
    if (replaced) return replaced as T;
    if (unchanged.has(value as unknown as Article)) return value;
    if (Array.isArray(value)) {
      let copy: unknown[] | undefined;
      const items = value as unknown[];
      items.forEach((item, i) => {
        const swapped = swap(item);
        if (swapped !== item) (copy ??= [...items])[i] = swapped;
      });
      return (copy ?? value) as T;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    let copy: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const swapped = swap(item);
      if (swapped !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = swapped;
    }
    return (copy ?? value) as T;
  };
  return {
    ...model,
    content: { ...content, articles: swap(model.content.articles) },
    pages: model.pages.map((page) => (rendered(page) ? swap(page) : page)),
    terms: swap(model.terms),
    years: model.years.map((year) => (rendered(year) ? swap(year) : year)),
  };
}
