import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { Urls, articlePath, outputFileFor, termPath } from "../../../src/model/urls.ts";

describe("urls", () => {
  it("makes article and term paths from the contract", () => {
    expect(articlePath(DateTime.fromISO("2018-04-27", { zone: "Europe/London" }), "takedown")).toBe(
      "/2018/04/takedown/",
    );
    expect(termPath("agencies", "eu-internet-referral-unit")).toBe("/agencies/eu-internet-referral-unit/");
    expect(termPath("countries", "france", 3)).toBe("/countries/france/page/3/");
  });

  it("maps paths to files inside the output folder and refuses any that could leave it", () => {
    expect(outputFileFor("/")).toBe("index.html");
    expect(outputFileFor("/2018/04/x/")).toBe("2018/04/x/index.html");
    expect(outputFileFor("/feed.xml")).toBe("feed.xml");
    for (const bad of ["/../x/", "../x", "/a/../../x", "/a\\b/", "x/"])
      expect(() => outputFileFor(bad), bad).toThrow(/unsafe/);
  });

  it("adds the path prefix to hrefs and the base URL to absolute links", () => {
    const urls = new Urls("https://news.example.org", "/news/");
    expect(urls.href("/2018/04/x/")).toBe("/news/2018/04/x/");
    expect(urls.absolute("/")).toBe("https://news.example.org/news/");
    expect(new Urls("https://a.example", "/").href("/x/")).toBe("/x/");
  });
});
