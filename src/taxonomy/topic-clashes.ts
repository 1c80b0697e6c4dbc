import type { Article } from "../model/article.ts";
import type { Entity } from "../model/entity.ts";
import { nameKey } from "./names.ts";

/** Where a topic spelling was first written: an article, or entities.yaml for a defined topic. */
export interface TopicSpelling {
  readonly file: string;
  readonly name: string;
}

/** An article's topic that would share its page (slug) with a different topic, named by `other`. */
export interface TopicClash extends TopicSpelling {
  readonly slug: string;
  readonly other: TopicSpelling;
  /** True when `other` is a topic of entities.yaml. */
  readonly defined: boolean;
}

/**
 * Topics whose slugs are the same though they are different topics ("C++" and "C" both make /topics/c/): one
 * clash for each article writing one of them, naming the first place the other was written. Spellings that differ
 * only in case, accents, dots, quotes or spacing (nameKey: "Ransomware", "ransomware") are one topic, which
 * canonicalTopics gives one name; a defined topic (entities.yaml) is never the one at fault.
 */
export function topicClashes(
  articles: readonly Article[],
  defined: readonly Entity[],
  entitiesFile: string,
): TopicClash[] {
  // By slug, the first place each differently keyed spelling was written; defined topics first.
  const bySlug = new Map<string, Map<string, TopicSpelling & { readonly defined: boolean }>>();
  const add = (slug: string, spelling: TopicSpelling, isDefined: boolean) => {
    const spellings = bySlug.get(slug) ?? new Map<string, TopicSpelling & { readonly defined: boolean }>();
    const key = nameKey(spelling.name);
    if (!spellings.has(key)) spellings.set(key, { ...spelling, defined: isDefined });
    bySlug.set(slug, spellings);
  };
  for (const entity of defined) add(entity.slug, { file: entitiesFile, name: entity.name }, true);
  for (const a of articles) for (const t of a.topics) add(t.slug, { file: a.file, name: t.name }, false);

  const clashes: TopicClash[] = [];
  for (const a of articles) {
    for (const t of a.topics) {
      const spellings = bySlug.get(t.slug)!;
      if (spellings.size < 2) continue;
      const key = nameKey(t.name);
      if (spellings.get(key)!.defined) continue;
      const { file, name, defined: isDefined } = [...spellings].find(([k]) => k !== key)![1];
      clashes.push({ file: a.file, name: t.name, slug: t.slug, other: { file, name }, defined: isDefined });
    }
  }
  return clashes;
}
