import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { jekyllPagePath, jekyllPostPath, jekyllSlug } from "../../../../src/import/jekyll/jekyll-permalink.ts";

const post = {
  date: DateTime.fromISO("2011-09-19T10:05:00", { zone: "Europe/Berlin" }),
  name: "Beta-2-Released",
  categories: ["Releases", "Security News"],
};

describe("jekyllPostPath", () => {
  it("builds each built-in style, :title keeping the file name's capitals and categories lowercased", () => {
    expect(jekyllPostPath(undefined, post)).toBe("/releases/security%20news/2011/09/19/Beta-2-Released.html");
    expect(jekyllPostPath("date", { ...post, categories: [] })).toBe("/2011/09/19/Beta-2-Released.html");
    expect(jekyllPostPath("pretty", { ...post, categories: [] })).toBe("/2011/09/19/Beta-2-Released/");
    expect(jekyllPostPath("ordinal", { ...post, categories: [] })).toBe("/2011/262/Beta-2-Released.html");
    expect(jekyllPostPath("weekdate", { ...post, categories: [] })).toBe("/2011/W38/Mon/Beta-2-Released.html");
    expect(jekyllPostPath("none", { ...post, categories: ["News"] })).toBe("/news/Beta-2-Released.html");
  });

  it("fills a template's placeholders", () => {
    expect(jekyllPostPath("/news/:year/:month/:day/:title/", post)).toBe("/news/2011/09/19/Beta-2-Released/");
    expect(jekyllPostPath("/:i_month/:i_day/:short_year/:slug:output_ext", post)).toBe("/9/19/11/beta-2-released.html");
    expect(
      jekyllPostPath("/:categories/:short_month/:hour:minute-:title", { ...post, categories: ["Advisories"] }),
    ).toBe("/advisories/Sep/1005-Beta-2-Released");
  });

  it("lets a front-matter slug stand in for the file name", () => {
    expect(jekyllPostPath("/:title/", { ...post, slug: "Second Beta" })).toBe("/Second-Beta/");
  });
});

describe("jekyllPagePath", () => {
  it("gives pages /name.html, /name/ under a pretty or slash-ended style, or their own permalink", () => {
    expect(jekyllPagePath(undefined, "About.md")).toBe("/About.html");
    expect(jekyllPagePath("pretty", "About.md")).toBe("/About/");
    expect(jekyllPagePath("/news/:year/:title/", "team.html")).toBe("/team/");
    expect(jekyllPagePath("pretty", "contact.md", "/contact-us/")).toBe("/contact-us/");
  });
});

describe("jekyllSlug", () => {
  it("slugifies as Jekyll's default and pretty modes do", () => {
    expect(jekyllSlug("The _config.yml File", "default", false)).toBe("the-config-yml-file");
    expect(jekyllSlug("The _config.yml File", "pretty", true)).toBe("The-_config.yml-File");
  });
});
