import { describe, expect, it } from "vitest";
import { articleFrontMatterSchema, pageFrontMatterSchema } from "../../../src/content/schema.ts";
import { validateArticle } from "../../../src/content/validate-article.ts";
import { validationContext } from "../../helpers/validate-context.ts";

const SHAPE =
  "an alias is a path on this site such as /2018/04/27/old-permalink/, or WordPress's /?p=123 or /?page_id=45 (no host, other query or spaces)";
const aliasIssues = (schema: typeof pageFrontMatterSchema | typeof articleFrontMatterSchema, aliases: unknown) => {
  const result = schema.shape.aliases.safeParse(aliases);
  return result.success ? result.data : result.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("aliases in front-matter", () => {
  it("accept WordPress's /?p=N and /?page_id=N beside plain paths, on articles and on static pages", () => {
    for (const schema of [articleFrontMatterSchema, pageFrontMatterSchema]) {
      expect(aliasIssues(schema, ["/?p=412", "/?page_id=45", "/2019/11/14/old/"])).toEqual([
        "/?p=412",
        "/?page_id=45",
        "/2019/11/14/old/",
      ]);
      expect(aliasIssues(schema, "/?page_id=45")).toEqual(["/?page_id=45"]);
    }
  });

  it("refuse every other query, and a number WordPress never writes", () => {
    expect(
      aliasIssues(pageFrontMatterSchema, ["/?s=europol", "/?p=12&replytocom=3", "/?p=0", "/?p=07", "/?p=x"]),
    ).toEqual([
      ["0", SHAPE],
      ["1", SHAPE],
      ["2", SHAPE],
      ["3", SHAPE],
      ["4", SHAPE],
    ]);
  });

  it("give a page's field its own description", () => {
    expect(pageFrontMatterSchema.shape.aliases.description).toBe(
      "Old addresses of this page (e.g. /about-us/, or WordPress's /?page_id=45): each redirects here.",
    );
  });
});

describe("validateArticle with a short address", () => {
  const context = validationContext({});
  it("keeps /?p=N as written, at its line and column", () => {
    const { article, diagnostics } = validateArticle(
      "articles/2019/takedown.md",
      '---\ntitle: Takedown\ndate: 2019-11-14\nsummary: S\naliases: ["/?p=412", /old/]\n---\nBody.\n',
      context,
    );
    expect(diagnostics).toEqual([]);
    expect(article?.aliases).toEqual([
      { value: "/?p=412", line: 5, column: 11 },
      { value: "/old/", line: 5, column: 22 },
    ]);
  });
});
