import { DateTime } from "luxon";
import type { Article } from "../../src/model/article.ts";
import { slugify } from "../../src/model/slug.ts";
import type { Entity, TaxonomyKind } from "../../src/model/entity.ts";
import { articlePath } from "../../src/model/urls.ts";

/** An entity for unit tests. */
export function entity(kind: TaxonomyKind, name: string): Entity {
  return { kind, name, slug: slugify(name), aliases: [] };
}

/** A minimal valid article for unit tests. */
export function article(slug: string, date: string, entities: Partial<Record<TaxonomyKind, string[]>> = {}): Article {
  const d = DateTime.fromISO(date, { zone: "UTC" });
  const list = (kind: TaxonomyKind) => (entities[kind] ?? []).map((n) => entity(kind, n));
  return {
    file: `articles/${slug}.md`,
    title: slug,
    slug,
    path: articlePath(d, slug),
    date: d,
    authors: [],
    featured: false,
    draft: false,
    scheduled: false,
    agencies: list("agencies"),
    outlets: list("outlets"),
    countries: list("countries"),
    actors: list("actors"),
    malware: list("malware"),
    cves: list("cves"),
    topics: list("topics"),
    body: "",
    bodyLine: 1,
    html: "",
    links: [],
    wordCount: 0,
    readingMinutes: 1,
  };
}
