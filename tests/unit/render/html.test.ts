import { describe, expect, it } from "vitest";
import { html, jsonForScript, raw } from "../../../src/render/html.ts";

describe("html", () => {
  it("escapes every interpolated value unless it is marked safe", () => {
    const title = `</title><script>alert("x")</script>'&`;
    expect(html`<h1 title="${title}">${title}</h1>`.value).toBe(
      '<h1 title="&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp;">&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp;</h1>',
    );
    expect(html`<div>${raw("<b>ok</b>")}</div>`.value).toBe("<div><b>ok</b></div>");
  });

  it("joins arrays and drops null, undefined and false", () => {
    expect(html`<ul>${["<a>", "b"].map((x) => html`<li>${x}</li>`)}</ul>${null}${undefined}${false}`.value).toBe(
      "<ul><li>&lt;a&gt;</li><li>b</li></ul>",
    );
  });

  it("serialises JSON that cannot close a script element", () => {
    const out = jsonForScript({ headline: "</script><script>alert(1)</script>" }).value;
    expect(out).not.toContain("</script>");
    expect(JSON.parse(out)).toEqual({ headline: "</script><script>alert(1)</script>" });
  });
});
