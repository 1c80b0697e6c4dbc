import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, fixture } from "../helpers/cli.ts";
import { page } from "../helpers/site.ts";

// The real-writing fixture names agencies and topics but no outlet or country: those sections leave the
// navigation, while their index pages stay at their addresses and say there are none.
let out: string;
beforeAll(async () => {
  out = await buildSite(fixture("real-writing"));
});

describe("navigation of an archive without outlets or countries", () => {
  it("shows only the sections that hold something, on every kind of page", () => {
    for (const path of ["/", "/2025/03/tidegate-advisory/", "/topics/", "/outlets/", "/search/", "/404.html"]) {
      const $ = page(out, path);
      expect(
        $(".site-nav a")
          .map((_, el) => `${$(el).text()} ${$(el).attr("href")}`)
          .get(),
        path,
      ).toEqual(["Latest /", "Agencies /agencies/", "CVEs /cves/", "Topics /topics/", "Archive /2025/"]);
    }
  });

  it("keeps the empty indexes, saying there are none, and links to them from nowhere", () => {
    for (const [path, label] of [
      ["/outlets/", "outlets"],
      ["/countries/", "countries"],
    ] as const) {
      const $ = page(out, path);
      expect($("h1").text()).toBe(label[0]!.toUpperCase() + label.slice(1));
      expect($("main .meta").text()).toBe(`No ${label} in the archive yet.`);
      expect($(".term-index").length).toBe(0);
      expect($(`a[href="${path}"]`).length).toBe(0);
    }
    expect(page(out, "/")(`a[href="/outlets/"], a[href="/countries/"]`).length).toBe(0);
  });

  it("offers to browse by the taxonomies there are when search needs script", () => {
    const $ = page(out, "/search/");
    const noscript = $("noscript").text();
    expect(noscript).toContain("browse every story by");
    // The advisory's table names CVEs, so the archive has a CVE index to browse too.
    expect(noscript).toContain(
      '<a href="/agencies/">agency</a>, <a href="/cves/">CVE</a> or <a href="/topics/">topic</a>.',
    );
    expect(noscript).not.toContain("/outlets/");
  });
});
