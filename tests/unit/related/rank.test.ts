import { describe, expect, it } from "vitest";
import { rankRelated } from "../../../src/related/rank.ts";
import { article } from "../../helpers/articles.ts";

const ARTICLES = [
  article("target", "2020-05-01", { agencies: ["Rare Agency"], countries: ["United States"], topics: ["ransomware"] }),
  article("shares-rare-agency", "2019-01-01", { agencies: ["Rare Agency"] }),
  article("shares-common-country", "2020-04-01", { countries: ["United States"] }),
  article("common-a", "2018-01-01", { countries: ["United States"] }),
  article("common-b", "2018-02-01", { countries: ["United States"], topics: ["ransomware"] }),
  article("unrelated", "2020-06-01", { countries: ["France"] }),
  article("other-france", "2020-07-01", { countries: ["France"] }),
  article("filler-1", "2017-01-01", { topics: ["misc"] }),
  article("filler-2", "2017-02-01", { topics: ["misc"] }),
  article("alone", "2016-01-01"),
];

describe("rankRelated", () => {
  const related = rankRelated(ARTICLES);
  const paths = (slug: string) => related.get(ARTICLES.find((a) => a.slug === slug)!.path)!.map((r) => r.article.slug);

  it("ranks a shared rare agency above a shared common country, and counts every shared entity", () => {
    expect(paths("target")).toEqual(["common-b", "shares-rare-agency", "shares-common-country", "common-a"]);
  });

  it("says what is shared, rarest first", () => {
    const first = related.get(ARTICLES[0]!.path)![0]!;
    expect(first.shared.map((e) => e.name)).toEqual(["ransomware", "United States"]);
  });

  it("breaks ties by newer first", () => {
    expect(paths("common-a")).toEqual(["target", "shares-common-country", "common-b"]);
  });

  it("gives an article that shares nothing an empty list", () => {
    expect(paths("alone")).toEqual([]);
  });

  it("respects the limit and never lists the article itself", () => {
    const limited = rankRelated(ARTICLES, { limit: 2 });
    expect(limited.get(ARTICLES[0]!.path)!.length).toBe(2);
    for (const [path, list] of related) expect(list.some((r) => r.article.path === path)).toBe(false);
  });

  it("falls back to the latest articles of the same topic when every shared entity is too common", () => {
    const crowded = [
      article("a", "2020-01-01", { topics: ["everywhere"] }),
      article("b", "2020-02-01", { topics: ["everywhere"] }),
      article("c", "2020-03-01", { topics: ["everywhere"] }),
      article("d", "2020-04-01", { topics: ["everywhere"] }),
      article("e", "2020-05-01"),
    ];
    const result = rankRelated(crowded, { maxShare: 0.5 });
    expect(result.get(crowded[0]!.path)!.map((r) => [r.article.slug, r.shared.length])).toEqual([["d", 0], ["c", 0], ["b", 0]]);
  });

  it("is deterministic whatever the input order", () => {
    const reversed = rankRelated([...ARTICLES].reverse());
    for (const a of ARTICLES) expect(reversed.get(a.path)!.map((r) => r.article.path)).toEqual(related.get(a.path)!.map((r) => r.article.path));
  });
});
