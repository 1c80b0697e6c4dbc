import { describe, expect, it } from "vitest";
import { createMarkdown, renderMarkdown } from "../../../src/content/markdown.ts";
import { SITE_DEFAULTS } from "../../../src/model/site-config.ts";

const md = createMarkdown();
const render = (body: string) => renderMarkdown(md, body, { pathPrefix: "/" }).trim();

describe("defanged indicators in a newsdesk body", () => {
  it("shows an hxxp URL in a sentence as code, not a link", () => {
    expect(render("The implant called hxxp://evil.example[.]com/gate.php?id=7 every hour.")).toBe(
      "<p>The implant called <code>hxxp://evil.example[.]com/gate.php?id=7</code> every hour.</p>",
    );
  });

  it("shows a defanged host, IPv4 address and email address as code", () => {
    expect(render("Block example[.]com.")).toBe("<p>Block <code>example[.]com</code>.</p>");
    expect(render("It answered from 198.51.100[.]7 at night.")).toBe(
      "<p>It answered from <code>198.51.100[.]7</code> at night.</p>",
    );
    expect(render("Phishing came from billing[@]example[.]com.")).toBe(
      "<p>Phishing came from <code>billing[@]example[.]com</code>.</p>",
    );
  });

  it("keeps linkify off every part of an indicator it would otherwise have linked", () => {
    // Without the rule: <a href="https://evil">https://evil</a>[.]com/path, http[:]<a href="//evil.example.com/x">…
    expect(render("See https://evil[.]com/path and http[:]//evil.example.com/x.")).toBe(
      "<p>See <code>https://evil[.]com/path</code> and <code>http[:]//evil.example.com/x</code>.</p>",
    );
    expect(render("Also https[://]evil.example.com and mailto:user[@]example.com")).toBe(
      "<p>Also <code>https[://]evil.example.com</code> and mailto:<code>user[@]example.com</code></p>",
    );
    expect(render("A live link stays one: https://www.example.org/report and example.net")).toBe(
      '<p>A live link stays one: <a href="https://www.example.org/report">https://www.example.org/report</a> and ' +
        '<a href="http://example.net">example.net</a></p>',
    );
  });

  it("leaves an indicator in a code span or a fence as the writer's code", () => {
    expect(render("Run `curl hxxp://evil[.]com/x` now.")).toBe("<p>Run <code>curl hxxp://evil[.]com/x</code> now.</p>");
    expect(render("```\nevil[.]com\n```")).toBe('<pre class="code" tabindex="0"><code>evil[.]com\n</code></pre>');
  });

  it("leaves the text of a Markdown link alone (the lint warns about it)", () => {
    expect(render("[hxxp://evil[.]com](https://evil.com)")).toBe(
      '<p><a href="https://evil.com">hxxp://evil[.]com</a></p>',
    );
  });

  it("works inside emphasis, headings and table cells, and with an escaped bracket", () => {
    expect(render("**evil[.]com** and example\\[.]com")).toBe(
      "<p><strong><code>evil[.]com</code></strong> and <code>example[.]com</code></p>",
    );
    expect(render("example[\\.]com and example&#91;.]org")).toBe(
      "<p><code>example[.]com</code> and <code>example[.]org</code></p>",
    );
    expect(render("## The evil(.)example(.)net campaign")).toBe(
      '<h2 id="the-evil-example-net-campaign">The <code>evil(.)example(.)net</code> campaign</h2>',
    );
    expect(render("| Host |\n|---|\n| 203.0.113[.]9 |")).toContain("<td><code>203.0.113[.]9</code></td>");
  });

  it("keeps the typographer's quotes around an indicator", () => {
    expect(render('The domain "evil[.]com" -- again.')).toBe("<p>The domain “<code>evil[.]com</code>” – again.</p>");
  });

  it("leaves prose brackets as text", () => {
    expect(render("As reported [1], a [.] alone is punctuation.")).toBe(
      "<p>As reported [1], a [.] alone is punctuation.</p>",
    );
  });

  it("leaves text inside raw inline HTML code and links alone (html: allowlist, the default)", () => {
    expect(
      render('In <code>evil[.]com</code>, <kbd>evil[.]com</kbd> and <a href="https://example.org/">evil[.]com</a>.'),
    ).toBe(
      '<p>In <code>evil[.]com</code>, <kbd>evil[.]com</kbd> and <a href="https://example.org/">evil[.]com</a>.</p>',
    );
  });

  it("with html: text, shows raw HTML as text and the indicator in it as code", () => {
    const text = createMarkdown({ ...SITE_DEFAULTS, html: "text" });
    expect(renderMarkdown(text, "<b>evil[.]com</b>", { pathPrefix: "/" }).trim()).toBe(
      "<p>&lt;b&gt;<code>evil[.]com</code>&lt;/b&gt;</p>",
    );
  });
});
