import { describe, expect, it } from "vitest";
import { articleFinder, checkArticleReferences } from "../../../src/content/article-references.ts";
import { article } from "../../helpers/articles.ts";

const ref = (value: string, line: number) => ({ value, line, column: 12 });

describe("checkArticleReferences", () => {
  const articles = [
    {
      ...article("coldharbor-servers-seized", "2024-03-05"),
      related: [ref("coldharbor-decryptor", 9), ref("coldharbor-decryptr", 10)],
      relatedExclude: [ref("roundup", 11)],
    },
    {
      ...article("coldharbor-decryptor", "2024-03-07"),
      related: [ref("/2024/01/roundup/", 8), ref("coldharbor-decryptor", 9)],
    },
    article("roundup", "2024-01-31"),
    article("roundup", "2024-02-29"),
  ];

  it("names the file, line and unknown slug with a did-you-mean; asks for the path when a slug is shared; warns on itself", () => {
    expect(checkArticleReferences(articles)).toEqual([
      {
        file: "articles/coldharbor-servers-seized.md",
        line: 10,
        column: 12,
        field: "related",
        severity: "error",
        message: "'coldharbor-decryptr' is not the slug of any article",
        suggestion: "did you mean 'coldharbor-decryptor'?",
      },
      {
        file: "articles/coldharbor-servers-seized.md",
        line: 11,
        column: 12,
        field: "related_exclude",
        severity: "error",
        message: "'roundup' is the slug of 2 articles (/2024/01/roundup/, /2024/02/roundup/)",
        suggestion: "write the path of the one you mean, e.g. /2024/01/roundup/",
      },
      {
        file: "articles/coldharbor-decryptor.md",
        line: 9,
        column: 12,
        field: "related",
        severity: "warning",
        message: "'coldharbor-decryptor' is this article itself and is ignored",
        suggestion: "remove it from related",
      },
    ]);
  });

  it("finds articles by slug or by path, with or without the last slash", () => {
    const find = articleFinder(articles);
    expect(find("coldharbor-decryptor").map((a) => a.path)).toEqual(["/2024/03/coldharbor-decryptor/"]);
    expect(find("/2024/02/roundup").map((a) => a.path)).toEqual(["/2024/02/roundup/"]);
    expect(find("nothing")).toEqual([]);
  });
});
