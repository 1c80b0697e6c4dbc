import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../../src/content/markdown.ts";
import { rawHtmlOf } from "../../../src/content/raw-html-rule.ts";
import { collectBodyImages } from "../../../src/content/lints/collect-body-images.ts";
import { SITE_DEFAULTS } from "../../../src/model/site-config.ts";

const md = createMarkdown();
const env = { pathPrefix: "/" };
const render = (body: string, m = md) => m.renderer.render(m.parse(body, { ...env }), m.options, { ...env });
const dropped = (body: string) =>
  (rawHtmlOf(md.parse(body, { ...env }))?.dropped ?? []).map((d) => [d.line, d.message]);

describe("raw HTML kept", () => {
  it.each([
    [
      '<table><caption>IOCs</caption><thead><tr><th scope="col" colspan="2">Host</th></tr></thead><tbody><tr><td rowspan="2">a</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>',
    ],
    ['<table><colgroup><col span="2"></colgroup><tbody><tr><td>1</td></tr></tbody></table>'],
    [
      '<figure><img src="https://x.example/a.png" alt="A" title="T" width="640" height="360"><figcaption>Cap</figcaption></figure>',
    ],
    ["<details open><summary>PoC</summary><pre><code>id</code></pre></details>"],
    [
      '<p>H<sub>2</sub>O, x<sup>2</sup>, <kbd>Ctrl</kbd>, <abbr title="Remote code execution">RCE</abbr>, <mark>m</mark>, <small>s</small></p>',
    ],
    ["<dl><dt>CVE</dt><dd>2024-1</dd></dl>"],
    [
      "<div><span>a</span><br><em>b</em><strong>c</strong><i>d</i><b>e</b><u>f</u><s>g</s><del>h</del><ins>i</ins><code>j</code></div>",
    ],
    ['<blockquote><ul><li>a</li></ul><ol start="3" reversed><li>b</li></ol></blockquote><hr>'],
    ["<h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6>"],
    ['<p><a href="https://example.org/" title="Ex">out</a> <a href="mailto:a@example.org">mail</a></p>'],
  ])("%s", (written) => {
    expect(render(`${written}\n`)).toBe(`${written}\n`);
    expect(dropped(`${written}\n`)).toEqual([]);
  });

  it("keeps Markdown between raw pieces: a <details> around a paragraph, inline tags around text", () => {
    expect(
      render(
        "<details>\n<summary>Proof</summary>\n\nRun **this**.\n\n</details>\n\nPress <kbd>Ctrl</kbd>+<kbd>C</kbd>.\n",
      ),
    ).toBe(
      "<details>\n<summary>Proof</summary>\n<p>Run <strong>this</strong>.</p>\n</details>\n<p>Press <kbd>Ctrl</kbd>+<kbd>C</kbd>.</p>\n",
    );
  });

  it("keeps raw HTML inside an image's alt text as text, and the pieces around it in place", () => {
    expect(render("A <i>x</i> ![<b>bold</b> alt](https://x.example/a.png) and <kbd>K</kbd>\n")).toBe(
      '<p>A <i>x</i> <img src="https://x.example/a.png" alt="&lt;b&gt;bold&lt;/b&gt; alt"> and <kbd>K</kbd></p>\n',
    );
  });

  it("never puts the typographer's curly quotes inside markup", () => {
    expect(
      render(
        'He said "hi" <abbr title=\'say "hi"\'>x</abbr> <img src="https://x.example/a.png" alt="A" height="393">\n',
      ),
    ).toBe(
      '<p>He said “hi” <abbr title="say &quot;hi&quot;">x</abbr> <img src="https://x.example/a.png" alt="A" height="393"></p>\n',
    );
  });

  it("puts a root-relative link and a content image under the path prefix, and marks the image for resizing", () => {
    const body = '<a href="/2024/01/story/">s</a> <img src="images/shot.png" alt="Login">\n';
    const tokens = md.parse(body, { pathPrefix: "/news/" });
    expect(md.renderer.render(tokens, md.options, { pathPrefix: "/news/" })).toBe(
      '<p><a href="/news/2024/01/story/">s</a> <img src="/news/images/shot.png" alt="Login" data-newsdesk-image="images%2Fshot.png"></p>\n',
    );
    expect(rawHtmlOf(tokens)?.links).toEqual([{ href: "/2024/01/story/", line: 0 }]);
  });

  it("collects a raw <img> of the content folder as a body image at its line, in order with Markdown's", () => {
    const tokens = md.parse('![a](images/a.png)\n\n<img src="images/b%20c.png" alt="b">\n\n![d](images/d.png)\n', {
      ...env,
    });
    expect(collectBodyImages(tokens, 10)).toEqual([
      { src: "images/a.png", line: 10 },
      { src: "images/b c.png", line: 12 },
      { src: "images/d.png", line: 14 },
    ]);
  });
});

describe("raw HTML dropped and reported at its line", () => {
  it.each([
    ["<script>alert(1)</script>", "raw HTML <script> was dropped: newsdesk never runs scripts from articles", "\n"],
    ["<style>body{}</style>", "raw HTML <style> was dropped: the site's stylesheet styles every article", "\n"],
    ['<form action="/x"><input name="q"></form>', "raw HTML <form> was dropped: articles carry no forms", "\n"],
    ['<object data="x.swf"></object>', "raw HTML <object> was dropped: articles load no plugins", "<p></p>\n"],
    ['<embed src="x.swf">', "raw HTML <embed> was dropped: articles load no plugins", "\n"],
    [
      "<svg><circle r=1></circle></svg>",
      "raw HTML <svg> was dropped: inline SVG and MathML are not allowed (its text is kept)",
      "<p></p>\n",
    ],
    [
      "<math><mi>x</mi></math>",
      "raw HTML <math> was dropped: inline SVG and MathML are not allowed (its text is kept)",
      "<p>x</p>\n",
    ],
    [
      '<base href="https://evil.example/">',
      "raw HTML <base> was dropped: it belongs to a page's head, not an article",
      "\n",
    ],
    [
      '<meta http-equiv="refresh" content="0">',
      "raw HTML <meta> was dropped: it belongs to a page's head, not an article",
      "\n",
    ],
    [
      '<link rel="stylesheet" href="x.css">',
      "raw HTML <link> was dropped: it belongs to a page's head, not an article",
      "\n",
    ],
    [
      '<p onclick="x()">a</p>',
      "raw HTML <p> lost its onclick attribute (event handlers never run in articles)",
      "<p>a</p>\n",
    ],
    [
      '<span style="color:red" class="c">a</span>',
      "raw HTML <span> lost its style, class attributes (the site's stylesheet styles every article)",
      "<p><span>a</span></p>\n",
    ],
    [
      '<a href="javascript:alert(1)">a</a>',
      "raw HTML <a> link to javascript:alert(1) lost its href: only relative, http(s), mailto and tel links are allowed",
      "<p><a>a</a></p>\n",
    ],
    [
      '<a href=" JaVaScRiPt:alert(1)">a</a>',
      "raw HTML <a> link to JaVaScRiPt:alert(1) lost its href: only relative, http(s), mailto and tel links are allowed",
      "<p><a>a</a></p>\n",
    ],
    [
      '<img src="data:image/svg+xml,x" alt="a">',
      "raw HTML <img> with src data:image/svg+xml,x was dropped: only relative and http(s) images are allowed",
      "\n",
    ],
  ])("%s", (written, message, kept) => {
    const body = `Intro.\n\n${written}\n`;
    expect(dropped(body)[0]).toEqual([2, message]);
    expect(render(body)).toBe(`<p>Intro.</p>\n${kept}`);
  });

  it("names a width or height that is not a number of pixels, and keeps the image", () => {
    const body = 'x\n\n<img src="https://x.example/a.png" alt="A" width="100%" height=“393”>\n';
    expect(dropped(body)).toEqual([[2, "raw HTML <img> lost its width 100%, height “393”: not a number of pixels"]]);
    expect(render(body)).toBe('<p>x</p>\n<img src="https://x.example/a.png" alt="A">\n');
  });

  it("says an element dropped with its content is, and one whose text stays is", () => {
    expect(dropped("<template><b>x</b></template> and <center>y</center>\n")).toEqual([
      [0, "raw HTML <template> was dropped: it is not an element articles may use (with its content)"],
      [0, "raw HTML <center> was dropped: it is not an element articles may use (its text is kept)"],
      [
        0,
        "Markdown after this raw HTML was dropped with the element around it (dropped with its content, or left open)",
      ],
    ]);
    expect(render("<template><b>x</b></template> and <center>y</center>\n")).toBe("<p> and y</p>\n");
  });

  it("names the line of a tag inside a multi-line block", () => {
    expect(dropped("<div>\n<b>a</b>\n<script>x</script>\n</div>\n")).toEqual([
      [2, "raw HTML <script> was dropped: newsdesk never runs scripts from articles"],
    ]);
  });

  it("closes an inline script where it opens, so the Markdown after it is not swallowed", () => {
    const body = "Kept.\n\nKept <script>alert(1)\n\nShown.\n";
    expect(dropped(body)).toEqual([[2, "raw HTML <script> was dropped: newsdesk never runs scripts from articles"]]);
    expect(render(body)).toBe("<p>Kept.</p>\n<p>Kept alert(1)</p>\n<p>Shown.</p>\n");
  });

  it("names Markdown swallowed by an element left open", () => {
    expect(dropped("<script>\n\nLost *text*.\n")).toEqual([
      [0, "raw HTML <script> was dropped: newsdesk never runs scripts from articles"],
    ]);
    expect(dropped("Kept <template>\n\nLost.\n")).toEqual([
      [0, "raw HTML <template> was dropped: it is not an element articles may use (with its content)"],
      [
        0,
        "Markdown after this raw HTML was dropped with the element around it (dropped with its content, or left open)",
      ],
    ]);
  });
});

describe("embeds", () => {
  const placeholder = (src: string, title: string, host: string, watch: string, site: string) =>
    `<figure class="embed" data-embed-src="${src}" data-embed-title="${title}"><div class="embed-placeholder"><p class="embed-title">${title}</p><button type="button" class="embed-load">Load the video from ${host}</button> <a class="embed-link" href="${watch}">Watch on ${site}</a></div></figure>\n`;

  it("shows an iframe from YouTube as a click-to-load placeholder from the no-cookie host", () => {
    expect(
      render(
        '<iframe width="700" height="393" src="https://www.youtube.com/embed/549hjuc7trk?start=2007" title="The talk" frameborder="0" allowfullscreen></iframe>\n',
      ),
    ).toBe(
      placeholder(
        "https://www.youtube-nocookie.com/embed/549hjuc7trk?start=2007",
        "The talk",
        "www.youtube-nocookie.com",
        "https://www.youtube.com/watch?v=549hjuc7trk&amp;t=2007s",
        "www.youtube.com",
      ),
    );
  });

  it("shows a Vimeo iframe as a placeholder linking to the video's page, with a title when none is given", () => {
    expect(render('<iframe src="https://player.vimeo.com/video/123456"></iframe>\n')).toBe(
      placeholder(
        "https://player.vimeo.com/video/123456",
        "Embedded content from player.vimeo.com",
        "player.vimeo.com",
        "https://vimeo.com/123456",
        "vimeo.com",
      ),
    );
  });

  it("drops an iframe from another host, or over http, and says how to allow it", () => {
    const body =
      'x\n\n<iframe src="https://evil.example/x">fallback</iframe>\n\n<iframe src="http://player.vimeo.com/video/1"></iframe>\n';
    expect(render(body)).toBe("<p>x</p>\n\n\n");
    expect(rawHtmlOf(md.parse(body, { ...env }))?.dropped).toEqual([
      {
        line: 2,
        message: "<iframe> from evil.example is not an allowed embed host: it was dropped",
        suggestion: "add evil.example to embeds: in site.yaml if you trust it, or link to the page instead",
      },
      {
        line: 4,
        message: "<iframe> from player.vimeo.com is not https: it was dropped",
        suggestion: "link to the video instead, or use an embed address that starts with https://",
      },
    ]);
  });

  it("allows only the hosts site.yaml lists", () => {
    const strict = createMarkdown({ ...SITE_DEFAULTS, embeds: ["player.vimeo.com"] });
    expect(render('<iframe src="https://www.youtube-nocookie.com/embed/abcdefgh"></iframe>\n', strict)).toBe("\n");
  });
});

describe("html: text", () => {
  it("shows raw HTML as text, with no sanitizer", () => {
    const text = createMarkdown({ ...SITE_DEFAULTS, html: "text" });
    expect(render('<b class="x">bold</b> "q"\n', text)).toBe("<p>&lt;b class=“x”&gt;bold&lt;/b&gt; “q”</p>\n");
  });
});
