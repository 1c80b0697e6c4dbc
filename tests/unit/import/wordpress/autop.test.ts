import { describe, expect, it } from "vitest";
import { autop } from "../../../../src/import/wordpress/autop.ts";

describe("autop", () => {
  it("makes paragraphs of blank-line stretches and line breaks of single newlines", () => {
    expect(autop('First line\nsecond line\r\n\r\nNext <a href="/x/">para</a>.')).toBe(
      '<p>First line<br>\nsecond line</p>\n\n<p>Next <a href="/x/">para</a>.</p>',
    );
  });

  it("leaves the inside of pre, script, style, tables and lists as written", () => {
    const text =
      "<pre>a\n\nb</pre>\n\n<table>\n<tr><td>x\ny</td></tr>\n</table>\n\n<ul>\n<li>a\nb</li>\n</ul>\n<script>x\n\ny</script>";
    expect(autop(text)).toBe(
      "<pre>a\n\nb</pre>\n\n<table>\n<tr><td>x\ny</td></tr>\n</table>\n\n<ul>\n<li>a\nb</li>\n</ul>\n<script>x\n\ny</script>",
    );
  });

  it("wraps text around block elements in its own paragraphs, never the blocks", () => {
    expect(autop("Intro\n<ul><li>x</li></ul>\nOutro\n<h2>Head</h2>\nText")).toBe(
      "<p>Intro</p>\n<ul><li>x</li></ul>\n<p>Outro</p>\n<h2>Head</h2>\n<p>Text</p>",
    );
  });

  it("counts nested elements of the same name when shielding", () => {
    expect(autop("<ul><li><ul><li>in</li></ul>\n\nstill</li></ul>\n\nAfter")).toBe(
      "<ul><li><ul><li>in</li></ul>\n\nstill</li></ul>\n\n<p>After</p>",
    );
  });

  it("passes HTML already in paragraphs, and gives nothing for blank text", () => {
    expect(autop("<p>Already</p>\n<p>done</p>")).toBe("<p>Already</p>\n<p>done</p>");
    expect(autop(" \n\n ")).toBe("");
  });
});
