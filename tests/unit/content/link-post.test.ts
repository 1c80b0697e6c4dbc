import { describe, expect, it } from "vitest";
import { validateArticle } from "../../../src/content/validate-article.ts";
import { validationContext } from "../../helpers/validate-context.ts";

const context = validationContext();
const validate = (text: string) => validateArticle("articles/2024/post.md", text, context);
const shown = (d: { line: number; field: string; severity: string; message: string; suggestion?: string }) =>
  `${d.line} ${d.field} ${d.severity}: ${d.message} — ${d.suggestion}`;

describe("link posts", () => {
  it("takes an http(s) link, and a link post needs no body", () => {
    const { article, diagnostics } = validate(
      "---\ntitle: T\ndate: 2024-03-01\nsummary: S\nlink: https://example.org/report\n---\n",
    );
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({ link: "https://example.org/report", dek: "S", wordCount: 0, readingMinutes: 1 });
  });

  it("still warns about an empty body without a link", () => {
    const { diagnostics } = validate("---\ntitle: T\ndate: 2024-03-01\nsummary: S\n---\n");
    expect(diagnostics.map(shown)).toEqual([
      "6 body warning: the article has no body — write the story below the front-matter",
    ]);
  });

  it("refuses any other link, naming the field, the line and the fix", () => {
    const cases: [string, string][] = [
      [
        "javascript:alert(1)",
        "link is a javascript: URL, and only http(s) URLs are allowed — write an absolute http(s) URL such as https://www.example.org/",
      ],
      [
        "ftp://example.org/x",
        "link is a ftp: URL, and only http(s) URLs are allowed — write an absolute http(s) URL such as https://www.example.org/",
      ],
      ["example.org/x", "link is not an absolute URL — write an absolute http(s) URL such as https://www.example.org/"],
      ["https://user:pw@example.org/", "link carries a user name or password — remove the user:password@ part"],
    ];
    for (const [link, expected] of cases) {
      const { article, diagnostics } = validate(
        `---\ntitle: T\ndate: 2024-03-01\nsummary: S\nlink: "${link}"\n---\nText.\n`,
      );
      expect(article, link).toBeUndefined();
      expect(diagnostics.map(shown), link).toEqual([`5 link error: ${expected}`]);
    }
  });
});

describe("derived dek on the article", () => {
  it("is the summary when there is one, else the first paragraph's text; the summary stays the editor's alone", () => {
    const written = validate("---\ntitle: T\ndate: 2024-03-01\nsummary: Written.\n---\nFirst paragraph.\n");
    expect(written.article).toMatchObject({ summary: "Written.", dek: "Written." });
    const derived = validate(
      "---\ntitle: T\ndate: 2024-03-01\n---\n## Heading\n\nFirst *paragraph* &amp; more.\n\nSecond.\n",
    );
    expect(derived.article?.summary).toBeUndefined();
    expect(derived.article?.dek).toBe("First paragraph & more.");
    expect(derived.diagnostics.map(shown)).toEqual([
      "2 summary warning: no summary — add summary: one or two sentences for lists, feeds and search results",
    ]);
  });
});

describe("zero-width lines", () => {
  it("are left out of the body, with a warning at each line", () => {
    const { article, diagnostics } = validate(
      "---\ntitle: T\ndate: 2024-03-01\nsummary: S\n---\nOne.\n\n\u200B\n\nTwo.\n \u2060\n",
    );
    expect(diagnostics.map(shown)).toEqual([
      "8 body warning: a line of only zero-width characters (U+200B and the like) shows as a gap; it was left out — delete the line",
      "11 body warning: a line of only zero-width characters (U+200B and the like) shows as a gap; it was left out — delete the line",
    ]);
    expect(article?.html).toBe("<p>One.</p>\n<p>Two.</p>\n");
    expect(article?.body).toBe("One.\n\n\n\nTwo.\n\n");
  });
});
