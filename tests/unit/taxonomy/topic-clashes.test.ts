import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/model/article.ts";
import { slugify } from "../../../src/model/slug.ts";
import type { Entity } from "../../../src/model/entity.ts";
import { topicClashes } from "../../../src/taxonomy/topic-clashes.ts";

const topic = (name: string, slug = slugify(name)): Entity => ({ kind: "topics", name, slug, aliases: [] });
// An article with just what topicClashes reads: its file and topics.
const article = (file: string, ...topics: Entity[]): Article =>
  ({ file, topics, date: DateTime.utc(2024, 1, 1) }) as unknown as Article;

describe("topicClashes", () => {
  it("names two different topics that would share one page, each against the other", () => {
    const clashes = topicClashes([article("a.md", topic("C++")), article("b.md", topic("C"))], [], "e.yaml");
    expect(clashes).toEqual([
      { file: "a.md", name: "C++", slug: "c", other: { file: "b.md", name: "C" }, defined: false },
      { file: "b.md", name: "C", slug: "c", other: { file: "a.md", name: "C++" }, defined: false },
    ]);
  });

  it("keeps spellings of one topic together: case, curly or straight apostrophes, accents, hyphens", () => {
    const articles = [
      article("a.md", topic("Ransomware"), topic("Women’s rights"), topic("Café"), topic("zero-day")),
      article("b.md", topic("ransomware"), topic("Women's rights"), topic("cafe"), topic("Zero day")),
    ];
    expect(articles.flatMap((a) => a.topics.map((t) => t.slug))).toEqual([
      "ransomware",
      "womens-rights",
      "cafe",
      "zero-day",
      "ransomware",
      "womens-rights",
      "cafe",
      "zero-day",
    ]);
    expect(topicClashes(articles, [], "e.yaml")).toEqual([]);
  });

  it("blames the free topic, not the articles using a defined topic whose page it would take", () => {
    const defined = topic("C++");
    const articles = [article("a.md", defined), article("b.md", topic("C"))];
    expect(topicClashes(articles, [defined], "e.yaml")).toEqual([
      { file: "b.md", name: "C", slug: "c", other: { file: "e.yaml", name: "C++" }, defined: true },
    ]);
  });
});
