import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runCli, tempDir } from "../helpers/cli.ts";

// What newsdesk import refuses in one line, writing nothing: a content folder that is a file, and an export that is
// cut short, empty or no export at all. No site is built: each run stops before its first document.
const WXR = fixture("import/wordpress/export.xml");

describe("newsdesk import refuses", () => {
  it("a --content that is a file or lies under one", async () => {
    const dir = await tempDir();
    const file = join(dir, "notes.txt");
    writeFileSync(file, "FBI notes\n");
    const asFile = await runCli(["import", "wordpress", WXR, "--content", file]);
    expect([asFile.code, asFile.stderr.trim()]).toEqual([
      2,
      `newsdesk import: --content '${file}' is a file: name the folder the content goes in (it is made if missing)`,
    ]);
    const under = await runCli(["import", "wordpress", WXR, "--content", join(file, "content")]);
    expect([under.code, under.stderr.trim()]).toEqual([
      2,
      `newsdesk import: --content '${join(file, "content")}' cannot be made: a part of the path is a file, not a folder`,
    ]);
    expect(readFileSync(file, "utf8")).toBe("FBI notes\n");
  }, 60_000);

  it("an export cut short mid-item, naming the line, and an empty or non-XML file; nothing is written", async () => {
    const dir = await tempDir();
    const whole = readFileSync(WXR, "utf8");
    const cutAt = whole.indexOf("<wp:post_name><![CDATA[europol-briefing]]>");
    const line = whole.slice(0, cutAt).split("\n").length;
    writeFileSync(join(dir, "cut.xml"), whole.slice(0, cutAt));
    writeFileSync(join(dir, "empty.xml"), "");
    writeFileSync(join(dir, "notes.xml"), "Europol briefing notes, not an export\n");
    const content = join(dir, "content");
    const cut = await runCli(["import", "wordpress", join(dir, "cut.xml"), "--content", content, "--quiet"]);
    expect([cut.code, cut.stdout, cut.stderr.trim()]).toEqual([
      2,
      "",
      `newsdesk import: cut.xml:${line}: the file ends with <item> still open (in the item that begins on line 58): the export was cut short — export the site again from WordPress (Tools → Export)`,
    ]);
    for (const name of ["empty.xml", "notes.xml"]) {
      const result = await runCli(["import", "wordpress", join(dir, name), "--content", content, "--quiet"]);
      expect([result.code, result.stderr.trim()]).toEqual([
        2,
        `newsdesk import: ${name} is not a WordPress export: it holds no <rss><channel> — give the .xml file that WordPress's Tools → Export makes`,
      ]);
    }
    expect(existsSync(content) ? readdirSync(content) : []).toEqual([]);
  }, 60_000);
});
