import { describe, expect, it } from "vitest";
import { lintBody } from "../../../../src/content/lints/body.ts";
import { lintDefangedLinks } from "../../../../src/content/lints/defanged-links.ts";
import { createMentionFinder } from "../../../../src/content/lints/mentions.ts";
import { createMarkdown } from "../../../../src/content/markdown.ts";
import { validateArticle } from "../../../../src/content/validate-article.ts";
import { TAXONOMIES, type Entity, type TaxonomyKind } from "../../../../src/model/entity.ts";
import { createRegistry } from "../../../../src/taxonomy/registry.ts";
import { validationContext } from "../../../helpers/validate-context.ts";

const md = createMarkdown();
const findings = (body: string) => lintDefangedLinks(md.parse(body, {})).map((f) => [f.bodyLine, f.message]);
const SUGGESTION =
  "remove the link and keep the defanged text, or write the address without defanging if readers should follow it";

describe("live links shown as defanged indicators", () => {
  it("warns about a Markdown link whose text is a defanged indicator, at its line", () => {
    expect(findings("Intro.\n\nThe panel at [hxxp://evil[.]com](https://evil.com) went dark.\n")).toEqual([
      [2, "the link's text hxxp://evil[.]com is a defanged indicator, but the link is live"],
    ]);
  });

  it("names the indicator when the link's text holds more than it, and reads code in the text", () => {
    expect(
      findings("See [the panel at evil[.]com](https://evil.com) and [`198.51.100[.]7`](https://x.example/)."),
    ).toEqual([
      [0, "the link's text shows the defanged indicator evil[.]com, but the link is live"],
      [0, "the link's text 198.51.100[.]7 is a defanged indicator, but the link is live"],
    ]);
  });

  it("warns about an autolink written with a defanged address, at the line it is on inside its paragraph", () => {
    expect(findings("First line,\nsecond line <https://evil[.]com/>.")).toEqual([
      [1, "the link's text https://evil[.]com/ is a defanged indicator, but the link is live"],
    ]);
  });

  it("says nothing about links with plain text, defanged text outside links, or CVE links", () => {
    expect(
      findings("[the report](https://example.org/) about evil[.]com, https://example.org/ and `evil[.]com`"),
    ).toEqual([]);
    expect(lintDefangedLinks(md.parse("CVE-2024-3400 on evil[.]com", { linkCves: true }))).toEqual([]);
  });

  it("reaches check as a warning at the file's line, with the fix", () => {
    const text =
      "---\ntitle: T\ndate: 2024-03-01\nsummary: S\n---\nFirst.\n\nThe C2 was [hxxp://evil[.]com](https://evil.com).\n";
    const { diagnostics } = validateArticle("articles/2024/c2.md", text, validationContext());
    expect(diagnostics).toEqual([
      {
        file: "articles/2024/c2.md",
        line: 8,
        column: 1,
        field: "body",
        severity: "warning",
        message: "the link's text hxxp://evil[.]com is a defanged indicator, but the link is live",
        suggestion: SUGGESTION,
      },
    ]);
  });
});

describe("lintBody's CVE IDs", () => {
  const { registry } = createRegistry({}, "e.yaml", () => ({ line: 1, column: 1 }));
  const listed = Object.fromEntries(TAXONOMIES.map((kind) => [kind, []])) as unknown as Record<TaxonomyKind, Entity[]>;
  const lint = (body: string) => lintBody(md, body, "articles/a.md", 6, listed, createMentionFinder(registry), {});

  it("are the canonical IDs the text names, linked or in a link's text, once each, in order; not code or addresses", () => {
    const body =
      "cve-2024-3400 hit first.\n\n[CVE-2023-4966](https://nvd.nist.gov/vuln/detail/CVE-2023-4966) and CVE-2024-3400.\n\n" +
      "`CVE-2022-0001`, [a record](https://www.cve.org/CVERecord?id=CVE-2021-0002) and CVE-2024-123.\n";
    expect(lint(body).cves).toEqual(["CVE-2024-3400", "CVE-2023-4966"]);
  });

  it("come with the CVE links among the body's internal links", () => {
    expect(lint("Patch CVE-2024-3400.").links).toEqual([{ href: "/cves/cve-2024-3400/", line: 6 }]);
  });
});
