import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../../src/content/markdown.ts";
import { rawHtmlOf } from "../../../src/content/raw-html-rule.ts";
import { readSiteConfig } from "../../../src/content/site-yaml.ts";
import { SITE_DEFAULTS } from "../../../src/model/site-config.ts";
import { sitePolicy } from "../../../src/seo/headers.ts";

// What a careless or hostile editor may write as raw HTML, and exactly what reaches the page.
const md = createMarkdown();
const env = { pathPrefix: "/" };
const render = (body: string) => md.renderer.render(md.parse(body, { ...env }), md.options, { ...env });
const dropped = (body: string) => (rawHtmlOf(md.parse(body, { ...env }))?.dropped ?? []).map((d) => d.message);

describe("raw HTML links a browser would run", () => {
  it.each([
    ['<a href="jav&#x09;ascript:alert(1)">x</a>', "jav\tascript:alert(1)"],
    ['<a href="&#106;avascript:alert(1)">x</a>', "javascript:alert(1)"],
    ['<a href="javascript&colon;alert(1)">x</a>', "javascript:alert(1)"],
    ['<a href="java\nscript:alert(1)">x</a>', "java\nscript:alert(1)"],
    ['<a href="vbscript:msgbox(1)">x</a>', "vbscript:msgbox(1)"],
    ['<a href="data:text/html,alert(1)">x</a>', "data:text/html,alert(1)"],
    ['<a href="//evil.example/">x</a>', "//evil.example/"],
  ])("%s loses its href, and says so", (written, shown) => {
    expect(render(`${written}\n`)).toBe("<p><a>x</a></p>\n");
    expect(dropped(`${written}\n`)).toEqual([
      `raw HTML <a> link to ${shown} lost its href: only relative, http(s), mailto and tel links are allowed`,
    ]);
  });

  it("drops a protocol-relative image and says so, rather than keep an <img> without a src", () => {
    expect(render('<img src="//evil.example/a.png" alt="x">\n')).toBe("\n");
    expect(dropped('<img src="//evil.example/a.png" alt="x">\n')).toEqual([
      "raw HTML <img> with src //evil.example/a.png was dropped: only relative and http(s) images are allowed",
    ]);
  });

  it("keeps no handler, srcset, formaction or xlink:href in any casing", () => {
    const body =
      '<IMG SRC="https://x.example/a.png" ALT="a" OnError="alert(1)" srcset="javascript:alert(1) 1x"> <svg><a xlink:href="javascript:alert(1)">s</a></svg> <button formaction="javascript:alert(1)">b</button>\n\n<details open ontoggle="alert(1)"><summary>d</summary></details>\n';
    expect(render(body)).toBe(
      '<p><img src="https://x.example/a.png" alt="a"> <a>s</a> b</p>\n<details open><summary>d</summary></details>\n',
    );
  });
});

describe("raw HTML cannot forge an embed", () => {
  it("strips the class and data attributes embed.js and newsdesk read from a figure written in the body", () => {
    expect(
      render(
        '<figure class="embed" data-embed-src="https://evil.example/"><button class="embed-load">go</button></figure>\n',
      ),
    ).toBe("<figure>go</figure>\n");
    expect(render('<figure data-newsdesk-embed="0">x</figure>\n')).toBe("<figure>x</figure>\n");
  });

  it.each([
    ["https://www.youtube-nocookie.com@evil.example/", "<iframe> src carries a user name or password: it was dropped"],
    [
      "https://player.vimeo.com.evil.example/",
      "<iframe> from player.vimeo.com.evil.example is not an allowed embed host: it was dropped",
    ],
    [
      "https://evil.player.vimeo.com/video/1",
      "<iframe> from evil.player.vimeo.com is not an allowed embed host: it was dropped",
    ],
    [
      "https://player.vimeo.com./video/1",
      "<iframe> from player.vimeo.com. is not an allowed embed host: it was dropped",
    ],
    [
      "//player.vimeo.com/video/1",
      "<iframe> src has no scheme (//host is read as whatever the page uses): it was dropped",
    ],
    ["http://player.vimeo.com/video/1", "<iframe> from player.vimeo.com is not https: it was dropped"],
    ["https://player.vimeo.com:8443/video/1", "<iframe> from player.vimeo.com:8443 names a port: it was dropped"],
    [
      "https://www.youtube.com/live/abcdefgh",
      "<iframe> from www.youtube.com is not a YouTube embed address (/embed/…): it was dropped",
    ],
  ])("drops an iframe from %s", (src, message) => {
    expect(render(`<iframe src="${src}"></iframe>\n`)).toBe("\n");
    expect(dropped(`<iframe src="${src}"></iframe>\n`)).toEqual([message]);
  });

  it("drops an iframe with only srcdoc, and keeps only the src of an allowed one (no srcdoc, sandbox or handler)", () => {
    expect(render('<iframe srcdoc="<script>alert(1)</script>"></iframe>\n')).toBe("\n");
    const html = render(
      '<iframe src="https://player.vimeo.com/video/1" srcdoc="x" sandbox="allow-top-navigation" onload="alert(1)"></iframe>\n',
    );
    expect(html.slice(0, html.indexOf(">") + 1)).toBe(
      '<figure class="embed" data-embed-src="https://player.vimeo.com/video/1" data-embed-title="Embedded content from player.vimeo.com">',
    );
    expect(html).not.toMatch(/srcdoc|sandbox|onload/);
  });
});

describe("raw HTML left open stays inside the article", () => {
  it.each([
    [
      "<details><summary>x</summary>\n\nnever closed\n",
      "<details><summary>x</summary>\n<p>never closed</p>\n</details>",
    ],
    ["</div></article></main>\n\nAfter.\n", "\n<p>After.</p>\n"],
    ["a <!-- never closed\n\nb\n", "<p>a &lt;!-- never closed</p>\n<p>b</p>\n"],
    [
      "<table><tr><td>half\n\ntext after\n",
      "<table><tbody><tr><td>half\n<p>text after</p>\n</td></tr></tbody></table>",
    ],
  ])("%j", (body, html) => {
    expect(render(body)).toBe(html);
  });

  it("shows markup in code as text, and reads no typographer quotes as an attribute", () => {
    expect(render('`<script>alert(1)</script>` <abbr title="say "hi"">x</abbr>\n')).toBe(
      "<p><code>&lt;script&gt;alert(1)&lt;/script&gt;</code> &lt;abbr title=“say “hi””&gt;x</p>\n",
    );
    expect(render('```\n<iframe src="https://player.vimeo.com/video/1"></iframe>\n```\n')).not.toMatch(
      /<iframe|<figure/,
    );
  });
});

describe("site.yaml embeds cannot widen the CSP", () => {
  it("leaves out a host that is a source list, a wildcard, a scheme or a path, so frame-src names only hosts", () => {
    const embeds = [
      "player.vimeo.com",
      "'self'; script-src *",
      "*",
      "javascript:alert(1)",
      "evil.example/x",
      "https://x.example",
    ];
    const base = {
      title: "D",
      url: "https://d.example",
      language: "en",
      timezone: "UTC",
      description: "D.",
      copyright: "D",
    };
    const { config } = readSiteConfig({ ...base, embeds }, "_data/site.yaml", () => ({ line: 1, column: 1 }));
    expect(sitePolicy(config)).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; connect-src 'self'; frame-src https://player.vimeo.com; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(sitePolicy({ ...SITE_DEFAULTS, html: "text" })).not.toContain("frame-src");
  });
});

describe("an embed where a <figure> cannot stand", () => {
  const inline = (n: number) =>
    `<span class="embed" data-embed-src="https://player.vimeo.com/video/${n}" data-embed-title="Embedded content from player.vimeo.com"><span class="embed-placeholder"><span class="embed-title">Embedded content from player.vimeo.com</span><button type="button" class="embed-load">Load the video from player.vimeo.com</button> <a class="embed-link" href="https://vimeo.com/${n}">Watch on vimeo.com</a></span></span>`;

  it.each([
    ['Watch <iframe src="https://player.vimeo.com/video/1"></iframe> now\n', `<p>Watch ${inline(1)} now</p>\n`],
    ['## Talk <iframe src="https://player.vimeo.com/video/2"></iframe>\n', `<h2 id="talk">Talk ${inline(2)}</h2>\n`],
    ['<p><iframe src="https://player.vimeo.com/video/3"></iframe></p>\n', `<p>${inline(3)}</p>\n`],
  ])("is the placeholder of <span>s in a paragraph or heading: %j", (body, html) => {
    expect(render(body)).toBe(html);
  });

  const inLink = "<iframe> inside a link or a summary: it was dropped";
  it.each([
    [
      '<a href="https://x.example/"><iframe src="https://player.vimeo.com/video/1"></iframe></a>\n',
      [inLink, "raw HTML <a> link to https://x.example/ has no text"],
    ],
    ['[<iframe src="https://player.vimeo.com/video/1"></iframe>](https://x.example/)\n', [inLink]],
    ['<details><summary><iframe src="https://player.vimeo.com/video/1"></iframe></summary>x</details>\n', [inLink]],
  ])("is dropped inside a link or a summary, where its button and link cannot sit: %j", (body, messages) => {
    expect(render(body)).not.toContain("embed");
    expect(dropped(body)).toEqual(messages);
  });
});

describe("a raw link with nothing to read", () => {
  it("is named, as Markdown's empty link is, since verify refuses a page with one", () => {
    const body =
      'a <a href="https://x.example/e"></a> <a href="/2024/06/a/"> <b> </b> </a> <a href="https://x.example/i"><img src="https://x.example/a.png" alt=""></a>\n';
    expect(dropped(body)).toEqual([
      "raw HTML <a> link to https://x.example/e has no text",
      "raw HTML <a> link to /2024/06/a/ has no text",
      "raw HTML <a> link to https://x.example/i has no text",
    ]);
    expect(render(body)).toBe(
      '<p>a <a href="https://x.example/e"></a> <a href="/2024/06/a/"> <b> </b> </a> <a href="https://x.example/i"><img src="https://x.example/a.png" alt=""></a></p>\n',
    );
  });

  it("is not named when it holds text, an image's alt, or Markdown with text", () => {
    expect(
      dropped(
        '<a href="https://x.example/"><img src="https://x.example/a.png" alt="Logo"></a> <a href="https://x.example/">t</a>\n',
      ),
    ).toEqual([]);
    expect(dropped('<a href="https://x.example/">\n\n**Read** it\n\n</a>\n')).toEqual([]);
  });
});

describe("raw HTML where a browser would not leave it", () => {
  it.each([
    ["<li>stray</li>\n", "stray\n", "raw HTML <li> outside <ul> or <ol>"],
    ["<td>stray</td>\n", "stray\n", "raw HTML <td> outside <tr>"],
    ["<summary>stray</summary>\n", "stray\n", "raw HTML <summary> outside <details>"],
    ["<ul><p>x</p></ul>\n", "<ul>x</ul>\n", "raw HTML <p> inside <ul>, which holds only <li>"],
    [
      "<span><p>x</p></span>\n",
      "<p><span>x</span></p>\n",
      "raw HTML <p> inside a paragraph, heading or inline element",
    ],
    [
      "Intro <div>x</div> end\n",
      "<p>Intro x end</p>\n",
      "raw HTML <div> inside a paragraph, heading or inline element",
    ],
    ["<table><td>x</td></table>\n", "<table>x</table>\n", "raw HTML <td> outside <tr>"],
  ])("%j is left out, its text kept", (body, html, message) => {
    expect(render(body)).toBe(html);
    expect(dropped(body)).toEqual([`${message} was left out (its text is kept): a browser would move it elsewhere`]);
  });

  it("keeps what stands where it belongs", () => {
    const body =
      "<dl><div><dt>a</dt><dd>b</dd></div></dl>\n\n<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>\n";
    expect(render(body)).toBe(body.replace("\n\n", "\n"));
    expect(dropped(body)).toEqual([]);
  });
});

describe("an element left out never leaves another open", () => {
  it.each([
    ['<div><img src="data:x" alt="a"><b>t</b></div>\n', "<div><b>t</b></div>\n"],
    ['<p><img alt="no src"> <em>after</em></p>\n', "<p> <em>after</em></p>\n"],
    ["<ul><p>x</p><li>y</li></ul>\n\n<p>after</p>\n", "<ul>x<li>y</li></ul>\n<p>after</p>\n"],
  ])("%j", (body, html) => {
    expect(render(body)).toBe(html);
  });
});

describe("attribute values a browser would not read", () => {
  it("writes a boolean attribute bare, and names a count that is not a whole number", () => {
    const body =
      '<ol start="abc" reversed="no"><li>a</li></ol>\n\n<table><tbody><tr><td colspan="0" rowspan="-1">x</td><td colspan=" 2 ">y</td></tr></tbody></table>\n\n<details open="false"><summary>s</summary></details>\n';
    expect(render(body)).toBe(
      '<ol reversed><li>a</li></ol>\n<table><tbody><tr><td>x</td><td colspan="2">y</td></tr></tbody></table>\n<details open><summary>s</summary></details>\n',
    );
    expect(dropped(body)).toEqual([
      "raw HTML <ol> lost its start abc: not a whole number",
      "raw HTML <td> lost its colspan 0, rowspan -1: not a whole number",
    ]);
  });
});
