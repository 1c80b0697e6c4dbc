import { describe, expect, it } from "vitest";
import { pathSlug } from "../../../src/site/path-slug.ts";

const APRIL_2017 = 2017 * 12 + 3;

describe("pathSlug", () => {
  it("reads an article's slug and month", () => {
    expect(pathSlug("/2017/04/qsb-29/")).toEqual({ key: "qsb-29", month: APRIL_2017 });
  });

  it("reads the old site's /news/YYYY/MM/DD/slug/ form, in any case", () => {
    expect(pathSlug("/news/2017/04/28/QSB-29/")).toEqual({ key: "qsb-29", month: APRIL_2017 });
  });

  it("drops a trailing .html or index.html and reads underscores as hyphens", () => {
    expect(pathSlug("/blog/qsb_29.html")).toEqual({ key: "qsb-29" });
    expect(pathSlug("/2017/04/qsb-29/index.html")).toEqual({ key: "qsb-29", month: APRIL_2017 });
    expect(pathSlug("/archive/qsb-29.htm")).toEqual({ key: "qsb-29" });
  });

  it("reads a date written before the slug, as Jekyll names posts", () => {
    expect(pathSlug("/2017-04-28-qsb-29.html")).toEqual({ key: "qsb-29", month: APRIL_2017 });
  });

  it("has no key for a path ending in a number or in nothing", () => {
    expect(pathSlug("/news/2017/04/")).toEqual({ month: APRIL_2017 });
    expect(pathSlug("/topics/security/page/2/")).toEqual({});
    expect(pathSlug("/")).toEqual({});
  });

  it("keeps other files' names whole", () => {
    expect(pathSlug("/feed.xml")).toEqual({ key: "feed.xml" });
  });
});
