import { describe, expect, it } from "vitest";
import { ImportReport } from "../../../../src/import/import-report.ts";
import { convertLiquid, type LiquidEnv } from "../../../../src/import/jekyll/liquid.ts";

function env(report: ImportReport, baseurl = ""): LiquidEnv {
  return {
    source: "_posts/2021-04-14-NCSC.md",
    bodyLine: 10,
    baseurl,
    url: "https://news.example",
    postUrl: (name) => (name === "2021-03-09-Europol-Raid" ? "/2021/03/europol-raid/" : undefined),
    link: (path) => (path === "_posts/2021-03-09-Europol-Raid.md" ? "/2021/03/europol-raid/" : undefined),
    report,
  };
}

describe("convertLiquid", () => {
  it("drops comments and turns highlight into a fenced block, linenos ignored", () => {
    const report = new ImportReport("site");
    const body =
      "A{% comment %}note to self{% endcomment %}B\n\n{% highlight bash linenos %}\necho 'NCSC'\n{% endhighlight %}";
    expect(convertLiquid(body, env(report))).toBe("AB\n\n```bash\necho 'NCSC'\n```");
    expect(report.convertedMarkup.liquid).toEqual({ comment: 1, highlight: 1 });
  });

  it("unwraps raw and leaves its inside untouched, Liquid included", () => {
    const report = new ImportReport("site");
    const body = "{% raw %}Hello {{ victim.name }} {% if x %}{% endraw %} then {{ site.baseurl }}/x";
    expect(convertLiquid(body, env(report, "/blog"))).toBe("Hello {{ victim.name }} {% if x %} then /blog/x");
    expect(report.leftMarkup.liquid).toEqual({});
  });

  it("writes the site's URLs and the url filters as site paths under baseurl", () => {
    const report = new ImportReport("site");
    const body = [
      '[a]({{ "/about/" | relative_url }})',
      "[b]({{ 'news/x/' | absolute_url }})",
      '[c]({{ site.url }}{{ "/y/" | prepend: site.baseurl }})',
      "{{ site.url }} is our home",
    ].join("\n");
    expect(convertLiquid(body, env(report, "/blog"))).toBe(
      "[a](/blog/about/)\n[b](/blog/news/x/)\n[c](/blog/y/)\nhttps://news.example is our home",
    );
    expect(report.convertedMarkup.liquid).toEqual({ relative_url: 1, absolute_url: 1, "site.url": 2, prepend: 1 });
  });

  it("turns post_url and link into the new address, and leaves one that names nothing imported", () => {
    const report = new ImportReport("site");
    const body =
      "{% post_url 2021-03-09-Europol-Raid %} {% link _posts/2021-03-09-Europol-Raid.md %}\n{% post_url 2020-01-01-Gone %}";
    expect(convertLiquid(body, env(report))).toBe(
      "/2021/03/europol-raid/ /2021/03/europol-raid/\n{% post_url 2020-01-01-Gone %}",
    );
    expect(report.leftMarkup.liquid["post_url"]).toEqual([
      {
        source: "_posts/2021-04-14-NCSC.md",
        line: 11,
        detail: "{% post_url 2020-01-01-Gone %}: no imported item is 2020-01-01-Gone",
      },
    ]);
  });

  it("leaves include, a site's own tags and other output in place, reported at their line", () => {
    const report = new ImportReport("site");
    const body =
      "Patch {% cve CVE-2024-1234 %} now.\n\n{% include signup.html %}\n{% if page.x %}X{% endif %} by {{ page.author | upcase }}";
    expect(convertLiquid(body, env(report))).toBe(body);
    expect(report.leftMarkup.liquid).toEqual({
      cve: [{ source: "_posts/2021-04-14-NCSC.md", line: 10, detail: "{% cve CVE-2024-1234 %}" }],
      include: [{ source: "_posts/2021-04-14-NCSC.md", line: 12, detail: "{% include signup.html %}" }],
      if: [{ source: "_posts/2021-04-14-NCSC.md", line: 13, detail: "{% if page.x %}" }],
      "{{ page.author }}": [{ source: "_posts/2021-04-14-NCSC.md", line: 13, detail: "{{ page.author | upcase }}" }],
    });
  });
});
