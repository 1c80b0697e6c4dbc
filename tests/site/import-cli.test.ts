import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runCli, tempDir } from "../helpers/cli.ts";
import { listFiles } from "../helpers/site.ts";

// newsdesk import's command line: what it refuses (exit 2, one line, nothing written) before it reads a thing.
describe("newsdesk import refuses", () => {
  it("a missing or wrong source, naming what it wanted", async () => {
    const dir = await tempDir();
    const content = join(dir, "content");
    const missing = await runCli(["import", "wordpress", join(dir, "nope.xml"), "--content", content]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("does not exist: name a WordPress export (WXR) file");
    const folder = await runCli(["import", "wordpress", dir, "--content", content]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain("is not a WordPress export (WXR) file");
    const file = await runCli(["import", "hugo", fixture("import/wordpress/export.xml"), "--content", content]);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain("is not a Hugo site's folder");
    const kind = await runCli(["import", "drupal", dir, "--content", content]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain("import takes wordpress FILE.xml, jekyll DIR or hugo DIR");
    expect(listFiles(dir)).toEqual([]);
  });

  it("--uploads for a site that is not WordPress, and a content folder inside the site being read", async () => {
    const site = await tempDir();
    mkdirSync(join(site, "_posts"));
    writeFileSync(join(site, "_posts/2024-01-02-note.md"), "---\ntitle: Note\n---\n\nText.\n");
    const uploads = await runCli(["import", "jekyll", site, "--uploads", site, "--content", join(site, "..", "x")]);
    expect(uploads.code).toBe(2);
    expect(uploads.stderr).toContain("--uploads is for wordpress imports");
    const inside = await runCli(["import", "jekyll", site, "--content", join(site, "content")]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain("overlap: name a content folder outside the site being imported");
    expect(listFiles(site)).toEqual(["_posts/2024-01-02-note.md"]);
  });
});
