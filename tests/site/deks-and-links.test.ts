import { XMLParser, XMLValidator } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, fixture, runCli, type CliResult } from "../helpers/cli.ts";
import { page } from "../helpers/site.ts";

// What the tests read of the parsed Atom feed (attributes as "@name", text of an element with attributes in "#text").
interface AtomEntry {
  id: string;
  link: { "@rel": string; "@href": string }[];
  summary?: { "#text": string };
}
interface JsonFeedItem {
  id: string;
  url: string;
  external_url?: string;
  summary?: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["entry", "link"].includes(name),
});
const DEK =
  "Attackers broke into the Pristina land registry & its backups on Monday, using a curl one-liner against an " +
  "unpatched VPN appliance that the registry had been…";
const SITE_DESCRIPTION = "Security news from a small desk.";
const ECONOMIST = "https://www.example.org/2024/03/desktops?ref=desk&id=7";
const REPORT = "https://research.example.net/ransomware-payments";

let out: string;
let check: CliResult;
beforeAll(async () => {
  [out, check] = await Promise.all([
    buildSite(fixture("deks-and-links")),
    runCli(["check", "--content", fixture("deks-and-links")]),
  ]);
});

const read = (file: string) => readFileSync(join(out, file), "utf8");
const descriptions = (path: string) => {
  const $ = page(out, path);
  const ld = $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse($(el).text()) as { "@type": string; description?: string })
    .find((d) => d["@type"] === "NewsArticle");
  return {
    meta: $('meta[name="description"]').attr("content"),
    og: $('meta[property="og:description"]').attr("content"),
    twitter: $('meta[name="twitter:description"]').attr("content"),
    jsonLd: ld?.description,
    shownDek: $(".story-header .dek").text(),
  };
};

describe("derived deks", () => {
  it("describe an article without a summary by its first paragraph's text, cut near 160 characters", () => {
    expect(DEK.length).toBe(158);
    expect(descriptions("/2024/03/pristina-registry/")).toEqual({
      meta: DEK,
      og: DEK,
      twitter: DEK,
      jsonLd: DEK,
      shownDek: "",
    });
  });

  it("show under the headline only the editor's summary", () => {
    const summary = "A PoC for the hypervisor escape, line by line.";
    expect(descriptions("/2024/03/hypervisor-escape/")).toEqual({
      meta: summary,
      og: summary,
      twitter: summary,
      jsonLd: summary,
      shownDek: summary,
    });
  });

  it("fall back to the site's description for a page with no summary and no text", () => {
    const { meta, og, jsonLd } = descriptions("/2024/03/economist-piece/");
    expect([meta, og, jsonLd]).toEqual([SITE_DESCRIPTION, SITE_DESCRIPTION, undefined]);
  });

  it("show on cards, escaped once", () => {
    const $ = page(out, "/countries/kosovo/");
    expect($(".card .summary").text()).toBe(DEK);
    expect(read("countries/kosovo/index.html")).toContain("registry &amp; its backups");
  });

  it("are the feeds' summaries; check still asks for a summary", () => {
    const text = read("feed.xml");
    expect(XMLValidator.validate(text)).toBe(true);
    const entries = (parser.parse(text) as { feed: { entry: AtomEntry[] } }).feed.entry;
    const summaries = Object.fromEntries(entries.map((e) => [e.id, e.summary?.["#text"]]));
    expect(summaries).toEqual({
      "https://desk.example/2024/03/hypervisor-escape/": "A PoC for the hypervisor escape, line by line.",
      "https://desk.example/2024/03/noted-report/": "An outside report on ransomware payments, with our note.",
      "https://desk.example/2024/03/economist-piece/": undefined,
      "https://desk.example/2024/03/pristina-registry/": DEK,
    });
    const items = (JSON.parse(read("feed.json")) as { items: JsonFeedItem[] }).items;
    expect(items.find((i) => i.id.endsWith("/pristina-registry/"))?.summary).toBe(DEK);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(
      "articles/2024/pristina-registry.md:2:1 summary: warning: no summary — add summary: one or two sentences for lists, feeds and search results",
    );
  });
});

describe("link posts", () => {
  it("link the headline out and say where to", () => {
    const $ = page(out, "/2024/03/economist-piece/");
    expect($("h1 a").attr("href")).toBe(ECONOMIST);
    expect($(".link-out a").attr("href")).toBe(ECONOMIST);
    expect($(".link-out").text()).toBe("Read at example.org →");
    const report = page(out, "/2024/03/noted-report/");
    expect(report("h1 a").attr("href")).toBe(REPORT);
    expect(report(".link-out").text()).toBe("Read at research.example.net →");
    expect(report(".story-body").text().trim()).toBe("We found the payment tables useful.");
  });

  it("keep card titles on the site, naming the site linked to", () => {
    const $ = page(out, "/");
    const card = $(".card").filter((_, el) => $(el).find(".card-title a").attr("href") === "/2024/03/economist-piece/");
    expect(card.find(".link-host").text()).toBe("Link to example.org");
  });

  it("carry the link as Atom rel=related and JSON Feed external_url", () => {
    const entries = (parser.parse(read("feed.xml")) as { feed: { entry: AtomEntry[] } }).feed.entry;
    const links = Object.fromEntries(
      entries.map((e) => [e.id, e.link.filter((l) => l["@rel"] === "related").map((l) => l["@href"])]),
    );
    expect(links).toEqual({
      "https://desk.example/2024/03/hypervisor-escape/": [],
      "https://desk.example/2024/03/noted-report/": [REPORT],
      "https://desk.example/2024/03/economist-piece/": [ECONOMIST],
      "https://desk.example/2024/03/pristina-registry/": [],
    });
    const items = (JSON.parse(read("feed.json")) as { items: JsonFeedItem[] }).items;
    expect(items.map((i) => [i.url, i.external_url])).toEqual([
      ["https://desk.example/2024/03/hypervisor-escape/", undefined],
      ["https://desk.example/2024/03/noted-report/", REPORT],
      ["https://desk.example/2024/03/economist-piece/", ECONOMIST],
      ["https://desk.example/2024/03/pristina-registry/", undefined],
    ]);
  });

  it("without a body are no warning", () => {
    expect(check.stdout).not.toContain("no body");
  });
});

describe("countries ISO 3166-1 lacks", () => {
  it("give Kosovo a page, from its alias Kosova, with Kosovo on the map", () => {
    const $ = page(out, "/countries/kosovo/");
    expect($("h1").text()).toBe("Kosovo");
    expect(
      $(".card-title a")
        .toArray()
        .map((a) => $(a).attr("href")),
    ).toEqual(["/2024/03/pristina-registry/"]);
    expect($(".map-figure use.map-hl").attr("href")).toMatch(/^\/assets\/world\.[0-9a-f]+\.svg#cXK$/);
    expect(page(out, "/2024/03/pristina-registry/")(".story-aside .chip-countries").text()).toBe("Kosovo");
  });

  it("give a territory of entities.yaml a page with its description", () => {
    const $ = page(out, "/countries/somaliland/");
    expect($("h1").text()).toBe("Somaliland");
    expect($("main").text()).toContain("A self-declared state in the Horn of Africa.");
    // The atlas has no place for it: no map that marks nothing.
    expect($(".map-figure").length).toBe(0);
    expect(page(out, "/2024/03/noted-report/")(".map-figure").length).toBe(0);
  });
});

describe("reading time and zero-width lines", () => {
  it("counts 280 lines of code as 9 minutes, not 1", () => {
    expect(page(out, "/2024/03/hypervisor-escape/")(".dates").text()).toContain("9 min read");
  });

  it("leaves a zero-width line out of the page, warning at its line", () => {
    expect(read("2024/03/pristina-registry/index.html")).not.toContain("\u200B");
    expect(check.stdout).toContain(
      "articles/2024/pristina-registry.md:11:1 body: warning: a line of only zero-width characters (U+200B and the like) shows as a gap; it was left out — delete the line",
    );
  });
});
