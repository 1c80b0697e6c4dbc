import { describe, expect, it } from "vitest";
import { convertShortcodes, type ShortcodeEnv } from "../../../../src/import/hugo/hugo-shortcodes.ts";
import { ImportReport } from "../../../../src/import/import-report.ts";

function env(report: ImportReport): ShortcodeEnv {
  return {
    source: "content/posts/x.md",
    bodyLine: 5,
    ref: (target) => (target === "posts/raid.md" || target === "raid" ? "/2024/03/raid/" : undefined),
    report,
  };
}

describe("convertShortcodes", () => {
  it("makes a figure an image followed by its caption as emphasis", () => {
    const report = new ImportReport("site");
    const body = '{{< figure src="/images/chain.png" alt="The [attack] chain" caption="As *CISA* drew it" >}}';
    expect(convertShortcodes(body, env(report))).toBe(
      "![The \\[attack\\] chain](/images/chain.png)\n\n*As \\*CISA\\* drew it*",
    );
    expect(convertShortcodes('{{< figure src="a b.png" title="Map" >}}', env(report))).toBe('![](<a b.png> "Map")');
  });

  it("makes youtube a no-cookie player with a title", () => {
    const report = new ImportReport("site");
    expect(convertShortcodes("{{< youtube dQw4w9WgXcQ >}}", env(report))).toBe(
      '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video"></iframe>',
    );
    expect(convertShortcodes('{{< youtube id="abc123def45" title="NCSC & CISA \\"briefing\\"" >}}', env(report))).toBe(
      '<iframe src="https://www.youtube-nocookie.com/embed/abc123def45" title="NCSC &amp; CISA &quot;briefing&quot;"></iframe>',
    );
  });

  it("makes highlight a fenced block in either form, its inside untouched", () => {
    const report = new ImportReport("site");
    const body =
      '{{< highlight go "linenos=table" >}}\nfmt.Println("{{< ref x >}}")\n{{< /highlight >}}\n{{% highlight text %}}\nGET /\n{{% /highlight %}}';
    expect(convertShortcodes(body, env(report))).toBe('```go\nfmt.Println("{{< ref x >}}")\n```\n```text\nGET /\n```');
    expect(report.convertedMarkup.hugo).toEqual({ highlight: 2 });
  });

  it("writes ref and relref as the new address, anchor kept", () => {
    const report = new ImportReport("site");
    expect(convertShortcodes('[a]({{< ref "posts/raid.md#seized" >}}) {{% relref raid %}}', env(report))).toBe(
      "[a](/2024/03/raid/#seized) /2024/03/raid/",
    );
  });

  it("writes an escaped shortcode as its text, and leaves gist, tweet and an unresolved ref reported", () => {
    const report = new ImportReport("site");
    const body =
      'Write {{</* figure src="x.png" */>}} or {{%/* note */%}}.\n{{< gist user 123 >}}\n{{< ref "gone.md" >}}\n{{< note >}}Hi{{< /note >}}';
    expect(convertShortcodes(body, env(report))).toBe(
      'Write {{< figure src="x.png" >}} or {{% note %}}.\n{{< gist user 123 >}}\n{{< ref "gone.md" >}}\n{{< note >}}Hi{{< /note >}}',
    );
    expect(report.leftMarkup.hugo).toEqual({
      gist: [{ source: "content/posts/x.md", line: 6, detail: "{{< gist user 123 >}}" }],
      ref: [{ source: "content/posts/x.md", line: 7, detail: '{{< ref "gone.md" >}}' }],
      note: [{ source: "content/posts/x.md", line: 8, detail: "{{< note >}}" }],
    });
  });
});
