import { describe, expect, it } from "vitest";
import { absolutiseHtml, escapeXml } from "../../../src/render/xml.ts";

describe("absolutiseHtml", () => {
  it("makes root-relative links absolute and leaves other links alone", () => {
    expect(
      absolutiseHtml(
        '<a href="/a/">a</a><img src="/i.png"><a href="//x.example/">x</a><a href="b/">b</a>',
        "https://news.example",
      ),
    ).toBe(
      '<a href="https://news.example/a/">a</a><img src="https://news.example/i.png"><a href="//x.example/">x</a><a href="b/">b</a>',
    );
  });

  it("escapes the base URL it inserts, so it cannot close the attribute", () => {
    expect(absolutiseHtml('<a href="/a/">a</a>', 'https://x.example/"><svg/onload=alert(1)>')).toBe(
      '<a href="https://x.example/&quot;&gt;&lt;svg/onload=alert(1)&gt;/a/">a</a>',
    );
  });

  it("inserts the base URL as written, never reading $ patterns in it", () => {
    const html = 'before <a href="/a/">a</a> after';
    expect(absolutiseHtml(html, "https://x.example/$'$`$&$1")).toBe(
      `before <a href="https://x.example/$&#39;$\`$&amp;$1/a/">a</a> after`,
    );
  });
});

describe("escapeXml", () => {
  it("escapes markup and drops characters XML cannot hold", () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });
});
