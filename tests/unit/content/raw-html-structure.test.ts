import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../../src/content/markdown.ts";
import { rawHtmlOf } from "../../../src/content/raw-html-rule.ts";

const md = createMarkdown();
const env = { pathPrefix: "/" };
const render = (body: string) => md.renderer.render(md.parse(body, { ...env }), md.options, { ...env });
const dropped = (body: string) =>
  (rawHtmlOf(md.parse(body, { ...env }))?.dropped ?? []).map((d) => [d.line, d.message, d.suggestion]);

describe("rows written straight into a table", () => {
  it.each([
    ["<table><tr><td>a</td></tr></table>", "<table><tbody><tr><td>a</td></tr></tbody></table>"],
    [
      '<table><caption>C</caption><colgroup><col span="2"></colgroup><tr><th>h</th></tr><tr><td>1</td></tr></table>',
      '<table><caption>C</caption><colgroup><col span="2"></colgroup><tbody><tr><th>h</th></tr><tr><td>1</td></tr></tbody></table>',
    ],
    [
      "<table><thead><tr><th>h</th></tr></thead><tr><td>1</td></tr><tfoot><tr><td>f</td></tr></tfoot></table>",
      "<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>1</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>",
    ],
    [
      "<table><tr><td><table><tr><td>in</td></tr></table></td></tr></table>",
      "<table><tbody><tr><td><table><tbody><tr><td>in</td></tr></tbody></table></td></tr></tbody></table>",
    ],
    ["<table><tbody><tr><td>a</td></tr></tbody></table>", "<table><tbody><tr><td>a</td></tr></tbody></table>"],
  ])("%s", (written, html) => {
    expect(render(`${written}\n`)).toBe(`${html}\n`);
    expect(dropped(`${written}\n`)).toEqual([]);
  });

  it("wraps rows written over several lines, with the line breaks between them kept inside the <tbody>", () => {
    expect(render("<table>\n<tr><td>a</td></tr>\n<tr><td>b</td></tr>\n</table>\n")).toBe(
      "<table>\n<tbody><tr><td>a</td></tr>\n<tr><td>b</td></tr>\n</tbody></table>\n",
    );
  });
});

describe("a <details> without a <summary>", () => {
  it("is given one labelled Details, and check names it at its line", () => {
    const body = "Intro.\n\n<details open>\n\nThe **log**.\n\n</details>\n";
    expect(render(body)).toBe(
      "<p>Intro.</p>\n<details open><summary>Details</summary>\n<p>The <strong>log</strong>.</p>\n</details>\n",
    );
    expect(dropped(body)).toEqual([
      [
        2,
        "raw HTML <details> has no <summary>: it is labelled “Details”",
        "start it with <summary>…</summary> naming what it holds",
      ],
    ]);
  });

  it("keeps a <summary> that comes first, after white space or an empty stretch of Markdown", () => {
    const body = "<details>\n\n<summary>Log</summary>\n\nText.\n\n</details>\n";
    expect(render(body)).toBe("<details>\n<summary>Log</summary>\n<p>Text.</p>\n</details>\n");
    expect(dropped(body)).toEqual([]);
  });

  it("labels each of two nested ones, inner and outer, and an empty one", () => {
    expect(render("<details><details><summary>In</summary>x</details></details><details></details>\n")).toBe(
      "<details><summary>Details</summary><details><summary>In</summary>x</details></details><details><summary>Details</summary></details>\n",
    );
  });
});
