import { describe, expect, it } from "vitest";
import { createExplainer, explanationText, relativeDays } from "../../../src/related/explain.ts";
import { buildRelatedIndex } from "../../../src/related/related-index.ts";
import { relatedWeights } from "../../../src/related/weights.ts";
import { entity } from "../../helpers/articles.ts";
import { ARCHIVE } from "./fixture-archive.ts";

describe("relativeDays", () => {
  it("says how far apart in days, weeks, months or years, and which way", () => {
    expect([0, 1, -1, 5, 13, -14, 45, 59, 60, -400, 730, -1100].map(relativeDays)).toEqual([
      "same day",
      "1 day later",
      "1 day earlier",
      "5 days later",
      "13 days later",
      "2 weeks earlier",
      "6 weeks later",
      "8 weeks later",
      "2 months later",
      "13 months earlier",
      "2 years later",
      "3 years earlier",
    ]);
  });
});

describe("explanationText", () => {
  it("names up to three shared entities, else shared words, then the time", () => {
    const shared = ["Europol", "Amaq", "Eurojust", "Belgium"].map((n) => entity("agencies", n));
    expect(explanationText({ pinned: false, shared, terms: [], days: 5 })).toBe(
      "Shared: Europol, Amaq, Eurojust · 5 days later",
    );
    expect(explanationText({ pinned: true, shared: [], terms: ["decryptor", "coldharbor"], days: -21 })).toBe(
      "Editor's pick · Both mention: decryptor, coldharbor · 3 weeks earlier",
    );
    expect(explanationText({ pinned: false, shared: [], terms: [], days: 0 })).toBe("same day");
  });
});

describe("createExplainer", () => {
  const index = buildRelatedIndex(ARCHIVE, relatedWeights());
  const doc = (slug: string) => index.articles.findIndex((a) => a.slug === slug);
  const explainer = createExplainer(index);

  it("lists the shared entities by their weight in the pair, rarest and heaviest taxonomy first", () => {
    const e = explainer.explain(doc("cold-seized"), doc("tide-offline"), false);
    expect(e.shared.map((x) => x.name)).toEqual(["Europol", "FBI", "United States"]);
    expect([e.terms, e.days]).toEqual([[], 1]);
  });

  it("falls back to the shared words when no entity is shared", () => {
    const e = explainer.explain(doc("cold-leader"), doc("cold-seized"), true);
    expect(explanationText(e)).toBe("Editor's pick · Shared: United States · 7 weeks earlier");
    const words = explainer.explain(doc("cold-leader"), doc("cold-decryptor"), false);
    expect(explanationText(words)).toBe("Both mention: coldharbor · 6 weeks earlier");
  });
});
