import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { writeWxrExport, type GeneratedExport } from "../../bench/wxr-export.ts";
import { tempDir } from "../helpers/cli.ts";

let made: GeneratedExport;
let items: Record<string, unknown>[];

beforeAll(async () => {
  made = await writeWxrExport(await tempDir(), 400);
  const xml = await readFile(made.file, "utf8");
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    rss: { channel: { item: Record<string, unknown>[] } };
  };
  items = parsed.rss.channel.item;
});

describe("writeWxrExport", () => {
  it("writes well-formed XML with one item a post, ids 1 to N, and an uploads folder of real PNGs", async () => {
    expect(items.length).toBe(400);
    expect(items.map((i) => i["wp:post_id"])).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
    const images = await readdir(join(made.uploads, "2020/01"));
    expect(images.length).toBe(20);
    const png = await readFile(join(made.uploads, "2020/01", images[0]!));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  });

  it("has what a newsroom's export has: drafts, pages, captions, links by ?p= and permalink, old slugs, comments", async () => {
    const xml = await readFile(made.file, "utf8");
    const statuses = new Set(items.map((i) => i["wp:status"]));
    expect([...statuses].sort()).toEqual(["draft", "publish"]);
    expect(items.some((i) => i["wp:post_type"] === "page")).toBe(true);
    expect(xml).toContain("[caption id=");
    expect(xml).toMatch(/href="https:\/\/bench\.example\/\?p=\d+"/);
    expect(xml).toMatch(/href="https:\/\/bench\.example\/\d{4}\/\d\d\/\d\d\/[a-z0-9-]+\/"/);
    expect(xml).toContain("_wp_old_slug");
    expect(xml).toContain("<wp:comment>");
  });

  it("links each post to a permalink another item really has", () => {
    const links = new Set(items.map((i) => String(i.link)));
    const content = items.map((i) => String(i["content:encoded"]));
    const targets = content.flatMap((c) =>
      [...c.matchAll(/href="(https:\/\/bench\.example\/\d{4}\/[^"]+)"/g)].map((m) => m[1]!),
    );
    expect(targets.length).toBe(400);
    expect(targets.filter((t) => !links.has(t))).toEqual([]);
  });
});
