import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, fixture, runCli, tempDir } from "../helpers/cli.ts";
import { listFiles, page } from "../helpers/site.ts";

let out: string;
beforeAll(async () => {
  out = await buildSite(fixture("related"));
});

const SEIZED = "/2024/03/coldharbor-servers-seized/";

describe("related articles on article pages", () => {
  it("explain each related article from the same computation: what it shares and when", () => {
    const $ = page(out, "/2024/03/coldharbor-decryptor/");
    const items = $(".related li")
      .map((_, li) => [[$(li).find("a").attr("href"), $(li).find(".why").text()]])
      .get();
    expect(items.slice(0, 3)).toEqual([
      [SEIZED, "Shared: Europol, ransomware, Federal Bureau of Investigation · 2 days earlier"],
      ["/2024/03/coldharbor-affiliate-arrested/", "Shared: Europol, ransomware, Netherlands · 7 days later"],
      [
        "/2024/03/coldharbor-leak-site-banner/",
        "Shared: Europol, ransomware, Federal Bureau of Investigation · 3 weeks later",
      ],
    ]);
  });

  it("put the editor's pinned article first and leave the excluded one out", () => {
    const $ = page(out, SEIZED);
    const first = $(".related li").first();
    expect(first.find("a").attr("href")).toBe("/2024/06/nca-takes-down-lurekit/");
    expect(first.find(".why").text()).toBe(
      "Editor's pick · Shared: Dutch National Police, takedowns, Europol · 3 months later",
    );
    const hrefs = $(".related li a")
      .map((_, a) => $(a).attr("href"))
      .get();
    expect(hrefs).not.toContain("/2024/04/dutch-clinics-hit-by-greyfin/");
    expect(hrefs.length).toBe(5);
  });

  it("show a story's close follow-ups as an 'In this story' timeline above the related list, and not again below", () => {
    const $ = page(out, SEIZED);
    const thread = $(".story-thread");
    expect(thread.find("h2").text()).toBe("In this story");
    const entries = thread
      .find("ol li")
      .map((_, li) => [
        [
          $(li).find("time").attr("datetime"),
          $(li).find("a").attr("href"),
          $(li).find("a").attr("aria-current") ?? null,
        ],
      ])
      .get();
    expect(entries).toEqual([
      ["2024-03-05T00:00:00+00:00", SEIZED, "page"],
      ["2024-03-07T00:00:00+00:00", "/2024/03/coldharbor-decryptor/", null],
      ["2024-03-28T00:00:00+00:00", "/2024/03/coldharbor-leak-site-banner/", null],
    ]);
    const html = $.html();
    expect(html.indexOf('class="story-thread"')).toBeLessThan(html.indexOf('class="related"'));
    const related = $(".related li a")
      .map((_, a) => $(a).attr("href"))
      .get();
    expect(related).not.toContain("/2024/03/coldharbor-decryptor/");
  });

  it("never render an empty timeline or related heading", () => {
    const articles = listFiles(out).filter((f) => /^2024\/\d\d\/[^/]+\/index\.html$/.test(f));
    expect(articles.length).toBe(45);
    let timelines = 0;
    for (const f of articles) {
      const $ = page(out, `/${f.replace("index.html", "")}`);
      if ($(".story-thread").length > 0) {
        timelines++;
        expect($(".story-thread li").length, f).toBeGreaterThanOrEqual(3);
        expect($(".story-thread [aria-current=page]").length, f).toBe(1);
      }
      if ($(".related").length > 0) expect($(".related li").length, f).toBeGreaterThan(0);
    }
    expect(timelines).toBeGreaterThan(5);
    expect(page(out, "/2024/03/coldharbor-decryptor/")(".story-thread").length).toBe(0);
  });
});

describe("'Often together with' on topic pages", () => {
  it("links the entities found with this one beyond chance, by lift", () => {
    const $ = page(out, "/outlets/sawt-al-minbar/");
    expect($(".together h2").text()).toBe("Often together with");
    const links = $(".together a")
      .map((_, a) => [[$(a).text(), $(a).attr("href")]])
      .get();
    expect(links.slice(0, 3)).toEqual([
      ["terrorist propaganda", "/topics/terrorist-propaganda/"],
      ["Eurojust", "/agencies/eurojust/"],
      ["France", "/countries/france/"],
    ]);
    expect(page(out, "/countries/united-states/")(".together a").first().text()).toBe(
      "Federal Bureau of Investigation",
    );
  });
});

describe("related and related_exclude are checked", () => {
  it("refuse a slug that names no article, with file, line and a did-you-mean", async () => {
    const dir = join(await tempDir(), "content");
    cpSync(fixture("related"), dir, { recursive: true });
    const file = join(dir, "articles/2024/coldharbor-decryptor.md");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(
        "author: Related Desk\n",
        "author: Related Desk\nrelated: [coldharbor-leak-site-baner]\n",
      ),
    );
    const { code, stdout } = await runCli(["check", "--content", dir]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      "articles/2024/coldharbor-decryptor.md:9:11 related: 'coldharbor-leak-site-baner' is not the slug of any article — did you mean 'coldharbor-leak-site-banner'?",
    );
  });
});
