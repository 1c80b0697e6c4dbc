import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, fixture, runCli } from "../helpers/cli.ts";
import { exists, page } from "../helpers/site.ts";

// The security fixture: an actor known by five names across vendors, a malware family, two CVEs whose IDs share a
// start (CVE-2024-3400 and CVE-2024-34000), CVSS 3.1 and 4.0 vectors, TLP labels, defanged indicators.
let out: string;
beforeAll(async () => {
  out = await buildSite(fixture("security"));
});

const GATEWAY = "/2024/04/gateway-flaw-cve-2024-3400/";
const SECOND = "/2024/05/second-gateway-flaw/";
const MINISTRY = "/2024/09/ministry-mailboxes-read/";

/** The hrefs of a page's article cards, in order. */
function cards(path: string): string[] {
  const $ = page(out, path);
  return $(".cards .card-title a")
    .toArray()
    .map((a) => $(a).attr("href") ?? "");
}

describe("CVE pages", () => {
  it("gives each CVE the text names a page listing its articles, with links out to cve.org and NVD", () => {
    expect(cards("/cves/cve-2024-3400/")).toEqual([GATEWAY]);
    // Written in lower case in the body, without a cves: field: it counts all the same.
    expect(cards("/cves/cve-2024-34000/")).toEqual([SECOND]);
    const $ = page(out, "/cves/cve-2024-3400/");
    expect($("h1").text()).toBe("CVE-2024-3400");
    expect(
      $(".topic-header a[rel=external]")
        .toArray()
        .map((a) => [$(a).text(), $(a).attr("href")]),
    ).toEqual([
      ["CVE record", "https://www.cve.org/CVERecord?id=CVE-2024-3400"],
      ["NVD entry", "https://nvd.nist.gov/vuln/detail/CVE-2024-3400"],
    ]);
    expect(exists(out, "/cves/cve-2024-3400/feed.xml")).toBe(true);
  });

  it("makes no page for an ID that appears only in code", () => {
    expect(exists(out, "/cves/cve-2024-9999/")).toBe(false);
    expect(exists(out, "/cves/cve-2024-8888/")).toBe(false);
    const $ = page(out, MINISTRY);
    expect($(".story-body code").first().text()).toBe("grep CVE-2024-9999 /var/log/auth.log");
    expect($(".story-body a[href^='/cves/']").length).toBe(0);
  });

  it("links an ID in a body to its page, and lists the CVEs by year on /cves/", () => {
    const $ = page(out, GATEWAY);
    expect($(".story-body a[href='/cves/cve-2024-3400/']").text()).toBe("CVE-2024-3400");
    const index = page(out, "/cves/");
    expect(
      index("h2.term-group")
        .toArray()
        .map((h) => index(h).text()),
    ).toEqual(["2024"]);
    expect(
      index(".term-index a")
        .toArray()
        .map((a) => index(a).text()),
    ).toEqual(["CVE-2024-3400", "CVE-2024-34000"]);
    expect(index(".page-header .meta").text()).toContain("2 CVEs in the archive, by the year of the ID");
  });
});

describe("threat actors and malware", () => {
  it("resolves every vendor's name for the actor to one page, with its ATT&CK link and aliases", () => {
    expect(cards("/actors/amber-heron/")).toEqual([MINISTRY, SECOND, GATEWAY]);
    const $ = page(out, "/actors/amber-heron/");
    expect($(".topic-header .meta").text()).toContain("Also known as Copper Gale, HERON-17, TA-4402, Slate Typhoon");
    expect($(".topic-header a[href='https://attack.mitre.org/groups/G9007/']").text()).toBe("G9007");
    expect(cards("/malware/nightjar/")).toEqual([GATEWAY]);
    expect(page(out, "/malware/nightjar/")("a[href='https://attack.mitre.org/software/S9154/']").text()).toBe("S9154");
    expect(page(out, "/actors/")(".term-index a").text()).toBe("Amber Heron");
  });

  it("ranks stories that share the actor but little text together, and says so", () => {
    const $ = page(out, MINISTRY);
    const related = $(".related li").toArray();
    // The museum story next day shares more words and a closer date; the actor outweighs both.
    const hrefs = related.map((li) => $(li).find("a").attr("href"));
    expect(new Set(hrefs.slice(0, 2))).toEqual(new Set([GATEWAY, SECOND]));
    expect(hrefs.slice(2)).toEqual(["/2024/09/unrelated-exhibition/"]);
    for (const li of related.slice(0, 2)) expect($(li).find(".why").text()).toContain("Shared: Amber Heron");
  });

  it("puts actors, malware and CVEs in feeds, the OPML list, the sitemap, the navigation and structured data", () => {
    const sitemap = readFileSync(join(out, "sitemap.xml"), "utf8");
    for (const path of ["/actors/amber-heron/", "/malware/nightjar/", "/cves/cve-2024-3400/", "/cves/"])
      expect(sitemap).toContain(`<loc>https://advisories.example${path}</loc>`);
    const opml = readFileSync(join(out, "feeds.opml"), "utf8");
    expect(opml).toContain('xmlUrl="https://advisories.example/actors/amber-heron/feed.xml"');
    expect(opml).toContain('xmlUrl="https://advisories.example/cves/cve-2024-34000/feed.xml"');
    const nav = page(out, "/")(".site-nav a").toArray();
    expect(nav.map((a) => page(out, "/")(a).text())).toEqual(
      expect.arrayContaining(["Threat actors", "Malware", "CVEs"]),
    );
    const $ = page(out, GATEWAY);
    const ld = $('script[type="application/ld+json"]')
      .toArray()
      .map((s) => JSON.parse($(s).text()) as { "@type": string; about?: Record<string, unknown>[] })
      .find((d) => d["@type"] === "NewsArticle")!;
    expect(ld.about).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          "@type": "Organization",
          name: "Amber Heron",
          url: "https://advisories.example/actors/amber-heron/",
          identifier: "G9007",
          sameAs: "https://attack.mitre.org/groups/G9007/",
        }),
        expect.objectContaining({
          "@type": "DefinedTerm",
          termCode: "CVE-2024-3400",
          url: "https://advisories.example/cves/cve-2024-3400/",
          sameAs: "https://www.cve.org/CVERecord?id=CVE-2024-3400",
        }),
      ]),
    );
  });
});

describe("advisory fields", () => {
  it("shows the CVSS score and severity, the products and a publishable TLP label", () => {
    const $ = page(out, GATEWAY);
    const facts = Object.fromEntries(
      $(".advisory div")
        .toArray()
        .map((d) => [$(d).find("dt").text(), $(d).find("dd").text()]),
    );
    expect(facts).toEqual({
      "CVSS 3.1": "9.8 Critical CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
      Affected: "Example Networks EdgeOS 11.1; Example Networks EdgeOS 11.0",
      Sharing: "TLP:CLEAR",
    });
    const second = page(out, SECOND);
    expect(second(".advisory .severity").text()).toBe("9.3 Critical");
    expect(second(".advisory dt").first().text()).toBe("CVSS 4.0");
    expect(second(".tlp").text()).toBe("TLP:GREEN");
  });

  it("refuses to build an article under TLP:AMBER, naming the file and the label", async () => {
    const result = await runCli(["build", "--content", fixture("invalid"), "--out", join(out, "..", "refused")]);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain("articles/tlp-amber.md:5:1 tlp: TLP:AMBER is never published");
    expect(exists(join(out, "..", "refused"), "/")).toBe(false);
  });
});

describe("defanged indicators", () => {
  it("shows them as code, never as links", () => {
    const $ = page(out, GATEWAY);
    expect(
      $(".story-body p")
        .eq(1)
        .find("code")
        .toArray()
        .map((c) => $(c).text()),
    ).toEqual(["hxxp://update.gateway-check[.]example/x", "198.51.100[.]7", "ops[@]heron-mail[.]example"]);
    const hrefs = $(".story-body a")
      .toArray()
      .map((a) => $(a).attr("href"));
    expect(hrefs.filter((h) => h?.includes("update.gateway-check") || h?.includes("198.51.100"))).toEqual([]);
  });

  it("warns about a live link whose text is a defanged indicator", async () => {
    const result = await runCli(["check", "--content", fixture("security")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("articles/2024/gateway-flaw-cve-2024-3400.md:20:1 body: warning:");
    expect(result.stdout).toContain("hxxps://drop.gateway-check[.]example");
    // Raw HTML links too, inline in a paragraph and as a block of their own, at their lines.
    expect(result.stdout).toContain(
      "articles/2024/gateway-flaw-cve-2024-3400.md:22:1 body: warning: raw HTML <a> link's text shows the defanged " +
        "indicator relay.gateway-check[.]example, but the link to https://relay.gateway-check.example/ is live",
    );
    expect(result.stdout).toContain(
      "articles/2024/gateway-flaw-cve-2024-3400.md:24:1 body: warning: raw HTML <a> link's text shows the defanged " +
        "indicator hxxps://c2.gateway-check[.]example, but the link to https://c2.gateway-check.example/ is live",
    );
    expect(result.stdout).toContain("0 errors, 3 warnings in 1 file");
  });
});
