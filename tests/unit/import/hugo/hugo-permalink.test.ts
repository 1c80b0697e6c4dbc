import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { HugoConfig } from "../../../../src/import/hugo/hugo-config.ts";
import type { HugoFile } from "../../../../src/import/hugo/hugo-files.ts";
import { hugoAlias, hugoPath } from "../../../../src/import/hugo/hugo-permalink.ts";

const config: HugoConfig = {
  permalinks: { posts: "/:year/:month/:slug/", news: "/:section/:filename/" },
  lowerPaths: true,
  uglyURLs: false,
};
const file = (dirs: string[], name: string): HugoFile => ({
  rel: `content/${[...dirs, name].join("/")}.md`,
  kind: "article",
  dirs,
  name,
  bundle: false,
});
const date = DateTime.fromISO("2024-02-20T10:00:00", { zone: "America/New_York" });

describe("hugoPath", () => {
  it("fills the section's pattern: :slug is the title urlized when no slug is set, and the path is lowercased", () => {
    expect(hugoPath({ file: file(["posts"], "x"), title: "US Charges Two LockBit Affiliates", date }, config)).toBe(
      "/2024/02/us-charges-two-lockbit-affiliates/",
    );
    expect(hugoPath({ file: file(["posts"], "x"), title: "T", date, slug: "LockBit-Charges" }, config)).toBe(
      "/2024/02/lockbit-charges/",
    );
    expect(hugoPath({ file: file(["news"], "Europol-Raid"), title: "T", date }, config)).toBe("/news/europol-raid/");
  });

  it("uses the content path with the slug or file name last when the section has no pattern", () => {
    expect(hugoPath({ file: file(["notes", "2023"], "Weekly-Note"), title: "T", date }, config)).toBe(
      "/notes/2023/weekly-note/",
    );
    expect(hugoPath({ file: file(["notes"], "a"), title: "T", date, slug: "Short Note" }, config)).toBe(
      "/notes/short-note/",
    );
    expect(hugoPath({ file: file([], "About"), title: "About" }, config)).toBe("/about/");
  });

  it("keeps capitals with disablePathToLower, writes .html with uglyURLs, and takes url as written", () => {
    expect(hugoPath({ file: file(["notes"], "Weekly-Note"), title: "T", date }, { ...config, lowerPaths: false })).toBe(
      "/notes/Weekly-Note/",
    );
    expect(hugoPath({ file: file(["notes"], "Weekly-Note"), title: "T", date }, { ...config, uglyURLs: true })).toBe(
      "/notes/weekly-note.html",
    );
    expect(
      hugoPath({ file: file(["posts"], "x"), title: "T", date, url: "investigations/Bulletproof-Raid/" }, config),
    ).toBe("/investigations/Bulletproof-Raid/");
  });
});

describe("hugoAlias", () => {
  it("keeps an absolute alias and resolves a relative one against the page's folder", () => {
    expect(hugoAlias("/news/old/", "/2024/02/x/")).toBe("/news/old/");
    expect(hugoAlias("old-name", "/2024/02/x/")).toBe("/2024/02/old-name");
  });
});
