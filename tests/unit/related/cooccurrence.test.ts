import { describe, expect, it } from "vitest";
import { cooccurrence } from "../../../src/related/cooccurrence.ts";
import { article } from "../../helpers/articles.ts";

// United States is on every article; Amaq goes with Europol far more than chance would have it.
const ARTICLES = [
  article("a", "2020-01-01", { agencies: ["Europol"], outlets: ["Amaq"], countries: ["United States"] }),
  article("b", "2020-01-02", { agencies: ["Europol"], outlets: ["Amaq"], countries: ["United States"] }),
  article("c", "2020-01-03", { agencies: ["Europol"], countries: ["United States"], topics: ["ransomware"] }),
  article("d", "2020-01-04", { agencies: ["FBI"], countries: ["United States"], topics: ["ransomware"] }),
  article("e", "2020-01-05", { agencies: ["FBI"], countries: ["United States"], topics: ["ransomware"] }),
  article("f", "2020-01-06", { agencies: ["FBI"], countries: ["United States"] }),
];

describe("cooccurrence", () => {
  const together = cooccurrence(ARTICLES, 2, 5);
  const of = (key: string) => together.get(key)?.map((c) => [c.entity.name, c.count, Number(c.lift.toFixed(3))]);

  it("ranks by lift, not by count, and leaves out what goes together no more than chance", () => {
    expect(of("agencies/europol")).toEqual([["Amaq", 2, 2]]);
    expect(of("topics/ransomware")).toEqual([["FBI", 2, 1.333]]);
    expect(of("agencies/fbi")).toEqual([["ransomware", 2, 1.333]]);
    expect(of("countries/united-states")).toBeUndefined();
  });

  it("needs minCount articles together and keeps at most limit", () => {
    expect(cooccurrence(ARTICLES, 3, 5).get("agencies/europol")).toBeUndefined();
    expect(
      cooccurrence(ARTICLES, 1, 1)
        .get("agencies/europol")
        ?.map((c) => c.entity.name),
    ).toEqual(["Amaq"]);
  });
});
