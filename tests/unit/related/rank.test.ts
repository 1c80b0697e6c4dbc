import { describe, expect, it } from "vitest";
import { rankAll, rankedPairs } from "../../../src/related/rank.ts";
import { buildRelatedIndex } from "../../../src/related/related-index.ts";
import { relatedWeights } from "../../../src/related/weights.ts";
import { ARCHIVE, slugsOf, story } from "./fixture-archive.ts";

const w = relatedWeights();
const index = buildRelatedIndex(ARCHIVE, w);
const lists = rankAll(index, 5);
const ranked = index.articles.map((_, doc) => rankedPairs(lists, doc));
const listOf = (slug: string) => slugsOf(index.articles, ranked[index.articles.findIndex((a) => a.slug === slug)]!);

describe("rankAll", () => {
  it("ranks the same story above a look-alike filed under the same agencies and country", () => {
    expect(listOf("cold-seized")).toEqual(["cold-decryptor", "cold-leader", "tide-offline", "tide-admin"]);
    expect(listOf("tide-offline")).toEqual(["tide-admin", "cold-seized", "cold-decryptor"]);
  });

  it("relates by text alone when no entity is shared, and gives an article with nothing in common an empty list", () => {
    expect(listOf("cold-leader")).toEqual(["cold-seized", "cold-decryptor"]);
    expect(listOf("weather")).toEqual([]);
  });

  it("gives the parts of each score and never lists the article itself", () => {
    const first = ranked[index.articles.findIndex((a) => a.slug === "cold-decryptor")]![0]!;
    expect([first.days, first.pinned]).toEqual([-2, false]);
    expect(first.entity).toBeGreaterThan(0.5);
    for (const [doc, list] of ranked.entries()) expect(list.some((pair) => pair.doc === doc)).toBe(false);
  });

  it("puts pinned articles first in the editor's order and leaves excluded ones out", () => {
    const doc = (slug: string) => index.articles.findIndex((a) => a.slug === slug);
    const steered = rankAll(index, 3, (d) =>
      d === doc("cold-seized")
        ? {
            pinned: [doc("weather"), doc("tide-admin"), doc("cold-seized")],
            excluded: new Set([doc("cold-decryptor")]),
          }
        : undefined,
    );
    const list = rankedPairs(steered, doc("cold-seized"));
    expect(slugsOf(index.articles, list)).toEqual(["weather", "tide-admin", "cold-leader"]);
    expect(list.map((pair) => pair.pinned)).toEqual([true, true, false]);
  });

  it("is the same whatever order the articles come in, and breaks ties by URL", () => {
    const reversed = buildRelatedIndex([...ARCHIVE].reverse(), w);
    const again = rankAll(reversed, 5);
    expect(reversed.articles.map((a, d) => [a.path, slugsOf(reversed.articles, rankedPairs(again, d))])).toEqual(
      ranked.map((list, d) => [index.articles[d]!.path, slugsOf(index.articles, list)]),
    );
    const twins = [
      story("reader", "2024-01-01", "Coldharbor", "Coldharbor."),
      story("twin-b", "2024-01-02", "Coldharbor", "Coldharbor."),
      story("twin-a", "2024-01-02", "Coldharbor", "Coldharbor."),
    ];
    const twinIndex = buildRelatedIndex(twins, relatedWeights({ maxTermShare: 1 }));
    expect(
      slugsOf(twinIndex.articles, rankedPairs(rankAll(twinIndex, 5), twinIndex.byPath.get(twins[0]!.path)!)),
    ).toEqual(["twin-a", "twin-b"]);
  });
});
