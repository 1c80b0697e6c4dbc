import { describe, expect, it } from "vitest";
import { relateArticles, relatedRanking } from "../../../src/related/relate.ts";
import { story } from "./fixture-archive.ts";

const TEXT = "Coldharbor ransomware gang affiliates leak site decryptor servers";
const ref = (value: string) => ({ value, line: 1, column: 1 });
const ARCHIVE = [
  story("seized", "2024-03-05", "Coldharbor servers seized", TEXT, { agencies: ["Europol"] }),
  story(
    "decryptor",
    "2024-03-07",
    "Coldharbor decryptor",
    TEXT,
    { agencies: ["Europol", "FBI"] },
    { related: [ref("tidewater")], relatedExclude: [ref("explainer")] },
  ),
  story("banner", "2024-03-28", "Coldharbor leak site banner", TEXT, { agencies: ["FBI"] }),
  story("explainer", "2024-03-06", "Coldharbor explained", TEXT, { topics: ["ransomware"] }),
  story("tidewater", "2024-03-06", "Tidewater market offline", "Tidewater dark-web drug market vendors buyers escrow", {
    agencies: ["Europol"],
  }),
];

describe("relateArticles", () => {
  const data = relateArticles(ARCHIVE, { maxTermShare: 1 });
  const path = (slug: string) => ARCHIVE.find((a) => a.slug === slug)!.path;

  it("puts the story's close follow-ups in a timeline and leaves them out of the related list", () => {
    expect(data.threads.get(path("decryptor"))!.map((e) => [e.article.slug, e.current])).toEqual([
      ["seized", false],
      ["decryptor", true],
      ["banner", false],
    ]);
    expect(data.related.get(path("decryptor"))!.map((item) => item.article.slug)).toEqual(["tidewater"]);
  });

  it("explains each related article, pinned ones first, and keeps excluded ones out", () => {
    expect(data.related.get(path("decryptor"))!.map((item) => item.why)).toEqual([
      "Editor's pick · Shared: Europol · 1 day earlier",
    ]);
    expect(data.related.get(path("seized"))!.map((item) => [item.article.slug, item.why])).toEqual([
      ["decryptor", "Shared: Europol · 2 days later"],
      ["explainer", "Both mention: coldharbor, server, leak · 1 day later"],
      ["banner", "Both mention: coldharbor, server, leak · 3 weeks later"],
      ["tidewater", "Shared: Europol · 1 day later"],
    ]);
  });

  it("measures the plain ranking without steering", () => {
    expect(
      relatedRanking(ARCHIVE, { maxTermShare: 1 }, 2)
        .get(path("decryptor"))!
        .map((p) => p.split("/")[3]),
    ).toEqual(["seized", "banner"]);
  });
});
