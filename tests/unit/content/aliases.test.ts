import { describe, expect, it } from "vitest";
import { checkAliases } from "../../../src/content/aliases.ts";
import type { Article, StaticPage } from "../../../src/model/article.ts";
import { article } from "../../helpers/articles.ts";

// An article or page with aliases written on line 5, one a column apart.
const aliased = <T extends Article | StaticPage>(owner: T, ...values: string[]): T => ({
  ...owner,
  aliases: values.map((value, i) => ({ value, line: 5, column: 11 + i * 10 })),
});
const about: StaticPage = {
  file: "pages/about.md",
  title: "About",
  slug: "about",
  path: "/about/",
  body: "",
  html: "",
};
const problems = (articles: readonly Article[], pages: readonly StaticPage[] = []) =>
  checkAliases(articles, pages).map((d) => `${d.file}:${d.column} ${d.message} — ${d.suggestion}`);

describe("checkAliases with WordPress's short addresses", () => {
  it("accepts /?p=N and /?page_id=N on articles and pages, each once", () => {
    const takedown = aliased(article("takedown", "2019-11-14"), "/?p=412", "/2019/11/14/takedown/");
    const advisory = aliased(article("advisory", "2020-01-21"), "/?p=530");
    expect(problems([takedown, advisory], [aliased(about, "/?page_id=45", "/about-us/")])).toEqual([]);
  });

  it("refuses another query, naming the two it allows", () => {
    expect(problems([aliased(article("takedown", "2019-11-14"), "/?cat=3", "/?p=0412")])).toEqual([
      "articles/takedown.md:11 /?cat=3 has a query: the only ones an alias may have are WordPress's /?p=123 and /?page_id=45 — write the path alone, or the post or page number as /?p=123 or /?page_id=45",
      "articles/takedown.md:21 /?p=0412 has a query: the only ones an alias may have are WordPress's /?p=123 and /?page_id=45 — write the path alone, or the post or page number as /?p=123 or /?page_id=45",
    ]);
  });

  it("refuses one short address on two files, and a short address and the plain path of its redirect page", () => {
    const takedown = aliased(article("takedown", "2019-11-14"), "/?p=412");
    const advisory = aliased(article("advisory", "2020-01-21"), "/?p=412", "/P/530/");
    const arrests = aliased(article("arrests", "2020-06-03"), "/?p=530");
    expect(problems([takedown, advisory, arrests], [aliased(about, "/p/412/")])).toEqual([
      "articles/advisory.md:11 /?p=412 is also an alias of articles/takedown.md — keep the alias on one article only",
      "articles/arrests.md:11 /?p=530 is redirected from /p/530/, and so is /P/530/, an alias of articles/advisory.md — keep the alias on one article only",
      "pages/about.md:11 /p/412/ is where /?p=412, an alias of articles/takedown.md, is redirected from — keep the alias on one file only",
    ]);
  });
});

describe("checkAliases on static pages", () => {
  it("refuses a page's alias that is its own address or an article's, and one another page claims", () => {
    const takedown = article("takedown", "2019-11-14");
    const contact: StaticPage = { ...about, file: "pages/contact.md", slug: "contact", path: "/contact/" };
    expect(
      problems([takedown], [aliased(about, "/About/", "/2019/11/takedown/", "/team/"), aliased(contact, "/team/")]),
    ).toEqual([
      "pages/about.md:11 /About/ differs only in case from /about/, the address of pages/about.md — an alias must be an address no article has, in any case",
      "pages/about.md:21 /2019/11/takedown/ is the address of articles/takedown.md — an alias must be an address no article has",
      "pages/contact.md:11 /team/ is also an alias of pages/about.md — keep the alias on one file only",
    ]);
  });
});
