import { describe, expect, it } from "vitest";
import { validateArticle } from "../../../src/content/validate-article.ts";
import { validationContext } from "../../helpers/validate-context.ts";

const context = validationContext({ agencies: [{ name: "Europol", aliases: ["EC3x"] }] });
const validate = (text: string, file = "articles/2024/story.md") => validateArticle(file, text, context);

describe("validateArticle", () => {
  it("builds a typed article: canonical entities, slug from the file name, URL from the date in the site zone", () => {
    const { article, diagnostics } = validate(
      "---\ntitle: Story\ndate: 2024-01-31T23:30:00-05:00\nsummary: S\nagencies: EC3x\ncountries: [UK, U.K.]\ntopics: [Ransomware]\nauthor: A\n---\nOne two three.\n",
    );
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({
      title: "Story",
      slug: "story",
      path: "/2024/02/story/",
      authors: ["A"],
      wordCount: 3,
      readingMinutes: 1,
    });
    expect(article!.agencies.map((e) => e.name)).toEqual(["Europol"]);
    expect(article!.countries.map((e) => e.name)).toEqual(["United Kingdom"]);
  });

  it("names an alias that is no plain site path with the file's other mistakes, in the same pass", () => {
    const { article, diagnostics } = validate(
      '---\ntitle: T\ndate: 2024-02-30\nsummary: S\naliases: ["/*", "/old/", "/x%zz/"]\n---\nBody.\n',
    );
    expect(article).toBeUndefined();
    expect(diagnostics.map((d) => [d.line, d.column, d.field, d.message])).toEqual([
      [3, 1, "date", "2024-02-30 does not exist: February 2024 has 29 days"],
      [5, 11, "aliases", "/* has a wildcard *"],
      [5, 26, "aliases", "/x%zz/ has a % that is not a percent escape like %C3%A9"],
    ]);
  });

  it("finds every problem of a file in one pass", () => {
    const { article, diagnostics } = validate(
      "---\ntitle: ''\ndate: 2024-02-30\nupdated: soon\nimage: x.jpg\ncountries: [Frnace]\nlayout: post\nsumary: typo\n---\n",
    );
    expect(article).toBeUndefined();
    expect(diagnostics.map((d) => [d.line, d.field, d.severity])).toEqual([
      [7, "layout", "error"],
      [8, "sumary", "warning"],
      [2, "title", "error"],
      [3, "date", "error"],
      [4, "updated", "error"],
      [5, "image", "error"],
      [2, "summary", "warning"],
      [6, "countries", "error"],
      [10, "body", "warning"],
    ]);
    expect(diagnostics.find((d) => d.field === "sumary")?.suggestion).toBe("did you mean 'summary'?");
    expect(diagnostics.find((d) => d.field === "countries")?.suggestion).toBe("did you mean 'France'?");
  });

  it("marks articles dated after now as scheduled", () => {
    expect(validate("---\ntitle: Later\ndate: 2030-01-01\nsummary: s\n---\n").article?.scheduled).toBe(true);
    expect(validate("---\ntitle: Earlier\ndate: 2020-01-01\nsummary: s\n---\n").article?.scheduled).toBe(false);
  });
});

describe("keys named like Object.prototype members", () => {
  it("are unknown fields with the list of fields, never an Eleventy key whose suggestion is a function", () => {
    const keys = ["toString", "constructor", "hasOwnProperty", "valueOf", "__proto__"];
    const { article, diagnostics } = validate(
      `---\ntitle: Story\ndate: 2024-01-31\nsummary: S\n${keys.map((k) => `${k}: x`).join("\n")}\n---\nBody.\n`,
    );
    expect(article?.title).toBe("Story");
    expect(diagnostics.map((d) => [d.line, d.field, d.severity, d.message])).toEqual(
      keys.map((k, i) => [5 + i, k, "warning", `unknown field '${k}' is ignored`]),
    );
    for (const d of diagnostics) expect(d.suggestion).toMatch(/^article fields are title, date, /);
  });
});
