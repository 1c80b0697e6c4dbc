import { describe, expect, it } from "vitest";
import { carryOver, relatedInputs, sameRelated } from "../../../src/related/carry-over.ts";
import { relateArticles } from "../../../src/related/relate.ts";
import { article } from "../../helpers/articles.ts";

const archive = [
  {
    ...article("takedown", "2024-06-14T09:00:00Z", { agencies: ["Europol", "FBI"], topics: ["botnets"] }),
    source: "a",
  },
  {
    ...article("follow-up", "2024-06-20T09:00:00Z", { agencies: ["Europol", "FBI"], topics: ["botnets"] }),
    source: "b",
  },
  { ...article("arrests", "2024-07-01T09:00:00Z", { agencies: ["Europol"], topics: ["botnets"] }), source: "c" },
];

describe("related data carried over between saves", () => {
  it("points at this build's articles, keeps unchanged lists as they were and drops articles that are gone", () => {
    const before = relateArticles(archive);
    const retitled = { ...archive[1]!, title: "Follow-up, retitled", source: "b2" };
    const after = carryOver(before, [archive[0]!, retitled, archive[2]!]);
    const takedown = after.related.get(archive[0]!.path)!;
    expect(takedown.find((i) => i.article.path === retitled.path)?.article).toBe(retitled);
    // The follow-up's own list names only unchanged articles: the same array as before.
    expect(after.related.get(retitled.path)).toBe(before.related.get(retitled.path));
    const without = carryOver(before, [archive[0]!, archive[2]!]);
    expect(without.related.has(archive[1]!.path)).toBe(false);
    expect(without.related.get(archive[0]!.path)!.map((i) => i.article.path)).not.toContain(archive[1]!.path);
  });

  it("tells equal related data from different, and which inputs it was made from", () => {
    const registry = {};
    expect(sameRelated(relateArticles(archive), relateArticles(archive))).toBe(true);
    expect(sameRelated(relateArticles(archive), relateArticles(archive.slice(0, 2)))).toBe(false);
    const inputs = relatedInputs(archive, registry, { agencies: 1 });
    expect(relatedInputs([...archive], registry, { agencies: 1 })).toBe(inputs);
    expect(
      relatedInputs([archive[0]!, { ...archive[1]!, source: "b2" }, archive[2]!], registry, { agencies: 1 }),
    ).not.toBe(inputs);
    expect(relatedInputs(archive, {}, { agencies: 1 })).not.toBe(inputs); // another entities.yaml
    expect(relatedInputs(archive, registry, { agencies: 2 })).not.toBe(inputs);
  });
});
