import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "../../../src/import/html-to-markdown.ts";

const HOSTS = ["www.youtube-nocookie.com", "www.youtube.com", "player.vimeo.com"];

describe("htmlToMarkdown", () => {
  it("writes ATX headings, emphasis, lists and backslash line breaks", () => {
    const html =
      '<h2>Seized</h2><p>Two <strong>servers</strong> and <em>one</em> domain<br>in France.</p><ul><li>one</li><li>two</li></ul><ol start="3"><li>three</li></ol>';
    expect(htmlToMarkdown(html)).toBe(
      "## Seized\n\nTwo **servers** and *one* domain\\\nin France.\n\n- one\n- two\n\n3. three",
    );
  });

  it("fences code with its language from language-x, lang-x or a brush, longer than any backtick run inside", () => {
    expect(htmlToMarkdown('<pre><code class="language-bash">ls -la\n</code></pre>')).toBe("```bash\nls -la\n```");
    expect(htmlToMarkdown('<pre class="lang-PHP">echo 1;</pre>')).toBe("```php\necho 1;\n```");
    expect(htmlToMarkdown('<pre class="brush: js; gutter: false">a = "```";</pre>')).toBe('````js\na = "```";\n````');
    expect(htmlToMarkdown("<pre>plain &lt;b&gt;</pre>")).toBe("```\nplain <b>\n```");
  });

  it("writes a GFM table when it has a header row, and keeps other tables as HTML", () => {
    expect(
      htmlToMarkdown("<table><tr><th>Model</th><th>Fix</th></tr><tr><td>HR-200</td><td>2.4.1</td></tr></table>"),
    ).toBe("| Model | Fix |\n| --- | --- |\n| HR-200 | 2.4.1 |");
    expect(htmlToMarkdown("<table><tr><td>a</td><td>b</td></tr></table>")).toBe(
      "<table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>",
    );
    expect(htmlToMarkdown('<table><tr><th colspan="2">Both</th></tr><tr><td>a</td><td>b</td></tr></table>')).toBe(
      '<table><tbody><tr><th colspan="2">Both</th></tr><tr><td>a</td><td>b</td></tr></tbody></table>',
    );
  });

  it("keeps what Markdown cannot write as HTML, with no blank line inside to end the HTML block", () => {
    const html =
      '<p>x<sup>2</sup> <sub>i</sub> <kbd>Ctrl</kbd> <abbr title="Europol">EU</abbr></p><details><summary>More</summary>\n\n<p>in</p></details><dl><dt>T</dt><dd>D</dd></dl>';
    expect(htmlToMarkdown(html)).toBe(
      'x<sup>2</sup> <sub>i</sub> <kbd>Ctrl</kbd> <abbr title="Europol">EU</abbr>\n\n<details><summary>More</summary><p>in</p></details>\n\n<dl><dt>T</dt><dd>D</dd></dl>',
    );
  });

  it("makes a figure of one image and its caption newsdesk's image and emphasis paragraph; a captionless one is only a wrapper; others stay HTML", () => {
    expect(
      htmlToMarkdown(
        '<figure><img src="a.png" alt="Racks"><figcaption>Seized <a href="/x/">servers</a></figcaption></figure>',
      ),
    ).toBe("![Racks](a.png)\n\n*Seized [servers](/x/)*");
    expect(htmlToMarkdown("<figure><blockquote>Quote</blockquote><figcaption>Who</figcaption></figure>")).toBe(
      "<figure><blockquote>Quote</blockquote><figcaption>Who</figcaption></figure>",
    );
  });

  it("keeps allowed frames (YouTube on its no-cookie host, with a title) and turns others into links", () => {
    const dropped: string[] = [];
    const html =
      '<iframe src="https://www.youtube.com/embed/abcdefgh"></iframe><iframe src="https://evil.example/f" title="Tracker"></iframe>';
    expect(htmlToMarkdown(html, { embedHosts: HOSTS, dropped: (t) => dropped.push(t) })).toBe(
      '<iframe src="https://www.youtube-nocookie.com/embed/abcdefgh" title="Video from www.youtube-nocookie.com"></iframe>\n\n[Tracker](https://evil.example/f)',
    );
    expect(dropped).toEqual(["iframe"]);
  });

  it("drops scripts, styles, forms and objects and says which (a form's fields go with it)", () => {
    const dropped: string[] = [];
    const html =
      "<p>Before</p><script>track()</script><style>p{}</style><form><input name=q><button>Go</button></form><object data=x></object><p>After</p>";
    expect(htmlToMarkdown(html, { dropped: (t) => dropped.push(t) })).toBe("Before\n\nAfter");
    expect(dropped).toEqual(["script", "style", "form", "object"]);
  });

  it("rewrites links and images through the hooks, unwrapping a thumbnail linked to its full-size file", () => {
    const html =
      '<p><a href="/old/">old</a> <a href="https://x.org/big.png"><img src="https://x.org/small.png" alt="S" srcset="a 1x"></a></p>';
    const md = htmlToMarkdown(html, { link: (h) => `${h}new/`, image: (s) => s.replace("https://x.org/", "images/") });
    expect(md).toBe("[old](/old/new/) ![S](images/small.png)");
  });

  it("keeps HTML with only the attributes newsdesk's sanitizer keeps: a theme's class, data-* and style go", () => {
    const html =
      '<table class="wp-table" style="width:100%"><tr><th colspan="2" data-sort="1">Host</th></tr><tr><td class="x">a</td><td>b</td></tr></table>';
    expect(htmlToMarkdown(html)).toBe(
      '<table><tbody><tr><th colspan="2">Host</th></tr><tr><td>a</td><td>b</td></tr></tbody></table>',
    );
    expect(htmlToMarkdown('<p>See<sup class="fn" id="r1">1</sup></p>')).toBe("See<sup>1</sup>");
  });
});
