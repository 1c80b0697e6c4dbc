import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ImageShelf } from "../../../src/import/image-shelf.ts";
import { sourceFile } from "../../../src/import/source-file.ts";
import { jekyllImageFile } from "../../../src/import/jekyll/jekyll-body.ts";

describe("sourceFile", () => {
  const base = mkdtempSync(join(tmpdir(), "source-file-"));
  const site = join(base, "site");
  const outside = join(base, "private");
  mkdirSync(join(site, "assets", "img"), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, "keys.png"), "not for the archive");
  writeFileSync(join(site, "assets", "img", "raid.png"), "png");
  symlinkSync(outside, join(site, "assets", "private"));
  symlinkSync(join(site, "assets", "img"), join(site, "assets", "pictures"));

  it("keeps a file of the site, through a link that stays inside it", () => {
    expect(sourceFile(site, join(site, "assets", "img", "raid.png"))).toBe(join(site, "assets", "img", "raid.png"));
    expect(sourceFile(site, join(site, "assets", "pictures", "raid.png"))).toBe(
      join(site, "assets", "pictures", "raid.png"),
    );
    expect(sourceFile(site, join(site, "assets", "none.png"))).toBe(join(site, "assets", "none.png"));
  });

  it("gives the link that leads out of the site instead, which no shelf copies", () => {
    const leak = join(site, "assets", "private", "keys.png");
    expect(sourceFile(site, leak)).toBe(join(site, "assets", "private"));
    const config = { url: "https://news.example.org", baseurl: "" } as Parameters<typeof jekyllImageFile>[2];
    const located = jekyllImageFile(site, "/assets/private/keys.png", config)!;
    expect(new ImageShelf(join(base, "content")).place(located, "2021/03/keys.png")).toBeUndefined();
  });

  it("gives the site's folder for an address that leads out of it by '..', which no shelf copies", () => {
    const config = { url: "https://news.example.org", baseurl: "" } as Parameters<typeof jekyllImageFile>[2];
    expect(jekyllImageFile(site, "/assets/../../private/keys.png", config)).toBe(site);
    expect(jekyllImageFile(site, "../../../../etc/passwd", config)).toBe(site);
    expect(new ImageShelf(join(base, "content")).place(site, "2021/03/site")).toBeUndefined();
  });
});
