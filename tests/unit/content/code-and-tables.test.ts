import { describe, expect, it } from "vitest";
import { createMarkdown, renderMarkdown } from "../../../src/content/markdown.ts";

const md = createMarkdown();
const render = (body: string) => renderMarkdown(md, body, { pathPrefix: "/" });

describe("code blocks", () => {
  it("renders a fenced block with a known language highlighted in a focusable block", () => {
    expect(render("```sh\nid\n```\n")).toBe(
      '<pre class="code" tabindex="0"><code class="hljs language-bash"><span class="hljs-built_in">id</span>\n</code></pre>\n',
    );
    expect(render("```yml\nkey: 1\n```\n")).toBe(
      '<pre class="code" tabindex="0"><code class="hljs language-yaml"><span class="hljs-attr">key:</span> <span class="hljs-number">1</span>\n</code></pre>\n',
    );
  });

  it("renders fenced blocks without or with an unknown language, and indented ones, as plain escaped text", () => {
    const plain = '<pre class="code" tabindex="0"><code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>\n';
    expect(render("```\n<script>alert(1)</script>\n```\n")).toBe(plain);
    expect(render("```klingon\n<script>alert(1)</script>\n```\n")).toBe(plain);
    expect(render("```text\n<script>alert(1)</script>\n```\n")).toBe(plain);
    expect(render("    <script>alert(1)</script>\n")).toBe(plain);
  });

  it("keeps the typographer out of code", () => {
    expect(render('```bash\necho "a" -- b\n```\n')).toBe(
      '<pre class="code" tabindex="0"><code class="hljs language-bash"><span class="hljs-built_in">echo</span> <span class="hljs-string">&quot;a&quot;</span> -- b\n</code></pre>\n',
    );
  });
});

describe("tables", () => {
  it("wraps a table in a region named after its first header cells, with column headers", () => {
    expect(render("| Host | *Port* | `Service` | Notes |\n|---|--:|---|---|\n| a | 1 | ssh | 1 < 2 |\n")).toBe(
      [
        '<section class="table-wrap" tabindex="0" aria-label="Table: Host, Port, Service, …">',
        "<table>",
        "<thead>",
        "<tr>",
        '<th scope="col">Host</th>',
        '<th scope="col" class="align-right"><em>Port</em></th>',
        '<th scope="col"><code>Service</code></th>',
        '<th scope="col">Notes</th>',
        "</tr>",
        "</thead>",
        "<tbody>",
        "<tr>",
        "<td>a</td>",
        '<td class="align-right">1</td>',
        "<td>ssh</td>",
        "<td>1 &lt; 2</td>",
        "</tr>",
        "</tbody>",
        "</table>",
        "</section>",
        "",
      ].join("\n"),
    );
  });

  it("gives tables with the same headers distinct names, as landmarks of one page need", () => {
    const labels = [...render("| A |\n|---|\n| 1 |\n\n| A |\n|---|\n| 2 |\n").matchAll(/aria-label="([^"]*)"/g)].map(
      (m) => m[1],
    );
    expect(labels).toEqual(["Table: A", "Table: A (2)"]);
  });

  it("escapes header text in the label and names a table with empty headers just Table", () => {
    expect(render('| a "b" & c |\n|---|\n| 1 |\n')).toContain('aria-label="Table: a “b” &amp; c"');
    expect(render("| |\n|---|\n| 1 |\n")).toContain('aria-label="Table"');
  });
});
