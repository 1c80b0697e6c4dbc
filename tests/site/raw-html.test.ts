import { cp, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, fixture, runCli, tempDir, type CliResult } from "../helpers/cli.ts";
import { listFiles, page } from "../helpers/site.ts";

const FRAMES = "frame-src https://player.vimeo.com https://www.youtube-nocookie.com";

let out: string;
let checked: CliResult;
let missing: CliResult;
let verified: CliResult;

// The located lines of a check report.
const located = (result: CliResult) => result.stdout.split("\n").filter((line) => /^\S+:\d+:\d+ /.test(line));

beforeAll(async () => {
  const root = await tempDir();
  const content = join(root, "content");
  await cp(fixture("raw-html"), content, { recursive: true });
  await cp(join(fixture("images"), "images"), join(content, "images"), { recursive: true });
  // A copy with a raw <img> whose file is missing: check names it like a Markdown image's.
  const broken = join(root, "broken");
  await cp(content, broken, { recursive: true });
  await writeFile(
    join(broken, "articles/2024/missing.md"),
    '---\ntitle: "A missing screenshot"\ndate: 2024-06-03\nsummary: "One raw image that is not there."\n---\n\nSee:\n\n<img src="images/gone.png" alt="Gone">\n',
  );
  [out, checked, missing] = await Promise.all([
    buildSite(content),
    runCli(["check", "--content", content], root),
    runCli(["check", "--content", broken], root),
  ]);
  verified = await runCli(["verify", "--out", out], root);
}, 120_000);

describe("code and tables", () => {
  it("highlights a block with a language, and leaves one without as escaped text", () => {
    const $ = page(out, "/2024/06/advisory/");
    const blocks = $(".story-body pre.code[tabindex=0] > code");
    expect(blocks.map((_, el) => $(el).attr("class") ?? "").get()).toEqual([
      "hljs language-bash",
      "hljs language-json",
      "",
    ]);
    expect(blocks.eq(0).find(".hljs-string").first().text()).toBe('"https://router.example/login"');
    expect(blocks.eq(2).children().length).toBe(0);
    expect(blocks.eq(2).text()).toBe('<script>alert("plain")</script>\n');
    expect($(".story-body script").length).toBe(0);
  });

  it("puts a table in a labelled, focusable region with column headers", () => {
    const $ = page(out, "/2024/06/advisory/");
    const region = $(".story-body section.table-wrap");
    expect(region.attr("aria-label")).toBe("Table: Indicator, Type, First seen");
    expect(region.attr("tabindex")).toBe("0");
    expect(region.find("th[scope=col]").length).toBe(3);
    expect(region.find("td.align-right").text()).toBe("2024-05-30");
  });
});

describe("raw HTML through the allowlist", () => {
  it("renders the allowed elements, with Markdown inside <details>", () => {
    const $ = page(out, "/2024/06/advisory/");
    const body = $(".story-body");
    expect(body.find("sup").text()).toBe("1");
    expect(
      body
        .find("kbd")
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(["Ctrl", "C"]);
    expect(body.find("details > summary").text()).toBe("Full exploit");
    expect(body.find("details > p > strong").text()).toBe("only");
  });

  it("writes the <tbody> a browser would imply, and labels a <details> left without a <summary>", () => {
    const $ = page(out, "/2024/06/pasted/");
    const body = $(".story-body");
    expect(body.find("table").html()).toBe("<tbody><tr><th>Host</th></tr><tr><td>203.0.113.7</td></tr></tbody>");
    expect(body.find("details").children().first().prop("outerHTML")).toBe("<summary>Details</summary>");
    expect(body.find("details > p").text()).toBe("The full request log.");
  });

  it("makes a figure of an image followed by an emphasised line, and resizes a raw <img> like a Markdown one", () => {
    const $ = page(out, "/2024/06/advisory/");
    const figure = $(".story-body figure").first();
    expect(figure.find("figcaption").text()).toBe("Figure 2: the login page");
    expect(figure.find("img").attr("alt")).toBe("The login page after the bypass");
    const pictures = $(".story-body picture img");
    expect(pictures.map((_, el) => $(el).attr("alt")).get()).toEqual([
      "The login page after the bypass",
      "The router's status page",
    ]);
    expect(pictures.eq(1).attr("src")).toMatch(/^\/img\//);
    // The typographer never reached the markup: no curly quote in any attribute.
    expect(readFileSync(join(out, "2024/06/advisory/index.html"), "utf8")).not.toMatch(/=“/);
  });

  it("shows the YouTube embed as a click-to-load placeholder from the no-cookie host, and loads the script for it", () => {
    const $ = page(out, "/2024/06/advisory/");
    const embed = $(".story-body figure.embed");
    expect(embed.attr("data-embed-src")).toBe("https://www.youtube-nocookie.com/embed/549hjuc7trk?start=2007");
    expect(embed.attr("data-embed-title")).toBe("The talk at the conference");
    expect(embed.find("button.embed-load").text()).toBe("Load the video from www.youtube-nocookie.com");
    expect(embed.find("a").attr("href")).toBe("https://www.youtube.com/watch?v=549hjuc7trk&t=2007s");
    expect($("iframe").length).toBe(0);
    expect($("script[src*='/assets/embed.']").attr("defer")).toBe("defer");
    expect(page(out, "/2024/06/hostile/")("script[src*='/assets/embed.']").length).toBe(0);
  });

  it("drops scripts, handlers, styles, forms, other hosts' frames and javascript: links", () => {
    const $ = page(out, "/2024/06/hostile/");
    const body = $(".story-body");
    expect(body.find("script, iframe, form, input, [style], [onclick]").length).toBe(0);
    expect(body.text()).not.toContain("alert");
    expect(body.find("p").eq(1).text()).toBe("Click here");
    expect(
      body
        .find("a")
        .map((_, el) => $(el).attr("href") ?? "(none)")
        .get(),
    ).toEqual(["(none)", "/2024/06/advisory/"]);
  });

  it("names each dropped thing at its file and line, with the fix", () => {
    expect(checked.code, checked.stdout).toBe(0);
    expect(located(checked)).toEqual([
      'articles/2024/advisory.md:36:1 body: warning: raw HTML <img> lost its height “393”: not a number of pixels — write it as a plain number in straight quotes, e.g. width="640"',
      "articles/2024/hostile.md:9:1 body: warning: raw HTML <script> was dropped: newsdesk never runs scripts from articles — delete it; to show code, put it in a fenced code block (```html)",
      "articles/2024/hostile.md:11:1 body: warning: raw HTML <p> lost its onclick, style attributes (event handlers never run in articles; the site's stylesheet styles every article) — delete them: articles keep only the attributes they need to read (href, src, alt, title, width, height, colspan…)",
      "articles/2024/hostile.md:13:1 body: warning: <iframe> from evil.example is not an allowed embed host: it was dropped — add evil.example to embeds: in site.yaml if you trust it, or link to the page instead",
      "articles/2024/hostile.md:15:1 body: warning: raw HTML <a> link to javascript:alert(1) lost its href: only relative, http(s), mailto and tel links are allowed — write an https:// or relative address",
      "articles/2024/hostile.md:17:1 body: warning: raw HTML <form> was dropped: articles carry no forms — link to the form instead: [Sign up](https://…)",
      "articles/2024/hostile.md:17:1 body: warning: raw HTML <input> was dropped: articles carry no forms — link to the form instead: [Sign up](https://…)",
      "articles/2024/pasted.md:11:1 body: warning: raw HTML <details> has no <summary>: it is labelled “Details” — start it with <summary>…</summary> naming what it holds",
    ]);
  });

  it("checks a raw <img> of the content folder like a Markdown image", () => {
    expect(missing.code).toBe(1);
    expect(located(missing)).toContain(
      "articles/2024/missing.md:9:1 body: image images/gone.png: images/gone.png does not exist — save the picture as JPEG, PNG, WebP, GIF or AVIF in the content folder and write its path, e.g. images/harbour.jpg",
    );
  });
});

describe("the Content-Security-Policy", () => {
  it("and every other promise of the built site hold under newsdesk verify, html-validate included", () => {
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
  });

  it("frames exactly the site's embed hosts, in _headers and every page", () => {
    const header = /^ {2}Content-Security-Policy: (.*)$/m.exec(readFileSync(join(out, "_headers"), "utf8"))![1]!;
    expect(header).toContain(`connect-src 'self'; ${FRAMES}; object-src 'none'`);
    for (const file of listFiles(out).filter((f) => f.endsWith(".html"))) {
      expect(page(out, `/${file}`)('meta[http-equiv="Content-Security-Policy"]').attr("content"), file).toBe(
        header.replace("; frame-ancestors 'none'", ""),
      );
    }
  });
});
