import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SourceError } from "../../../../src/import/source-error.ts";
import { readWxr } from "../../../../src/import/wordpress/wxr-reader.ts";
import type { WxrRecord } from "../../../../src/import/wordpress/wxr-records.ts";

const NS =
  'xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:dc="http://purl.org/dc/elements/1.1/"';

function exportFile(items: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "wxr-")), "export.xml");
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss ${NS}>\n<channel>\n<title>Harbour &amp; Watch</title>\n<link>https://news.example.org</link>\n` +
      `<description>News</description>\n<language>en-GB</language>\n<wp:base_site_url>https://news.example.org</wp:base_site_url>\n` +
      `<wp:base_blog_url>https://news.example.org/blog</wp:base_blog_url>\n<image><title>Logo</title></image>\n` +
      `<wp:author><wp:author_login><![CDATA[mira]]></wp:author_login><wp:author_display_name><![CDATA[Mira Kovač]]></wp:author_display_name></wp:author>\n` +
      `${items}</channel>\n</rss>\n`,
  );
  return file;
}

async function all(file: string): Promise<WxrRecord[]> {
  const records: WxrRecord[] = [];
  for await (const record of readWxr(file)) records.push(record);
  return records;
}

const ITEM = `<item>
<title><![CDATA[Europol &amp; FBI]]></title>
<link>https://news.example.org/2024/03/05/takedown/</link>
<dc:creator><![CDATA[mira]]></dc:creator>
<content:encoded><![CDATA[<p>Body with ]] and <b>tags</b></p>]]></content:encoded>
<excerpt:encoded><![CDATA[Short]]></excerpt:encoded>
<wp:post_id>101</wp:post_id>
<wp:post_date><![CDATA[2024-03-05 09:00:00]]></wp:post_date>
<wp:post_date_gmt><![CDATA[2024-03-05 09:00:00]]></wp:post_date_gmt>
<wp:post_modified><![CDATA[2024-03-06 10:00:00]]></wp:post_modified>
<wp:post_modified_gmt><![CDATA[2024-03-06 10:00:00]]></wp:post_modified_gmt>
<wp:post_name><![CDATA[takedown]]></wp:post_name>
<wp:status><![CDATA[publish]]></wp:status>
<wp:post_parent>0</wp:post_parent>
<wp:post_type><![CDATA[post]]></wp:post_type>
<wp:post_password><![CDATA[]]></wp:post_password>
<category domain="category" nicename="takedowns"><![CDATA[Takedowns]]></category>
<category domain="post_tag" nicename="uk"><![CDATA[UK]]></category>
<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[501]]></wp:meta_value></wp:postmeta>
<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_content><![CDATA[Nice]]></wp:comment_content>
<wp:commentmeta><wp:meta_key><![CDATA[akismet]]></wp:meta_key><wp:meta_value><![CDATA[x]]></wp:meta_value></wp:commentmeta></wp:comment>
</item>
`;

describe("readWxr", () => {
  it("yields the channel header, then authors, then items with every field, comments left out", async () => {
    const records = await all(exportFile(ITEM));
    expect(records.map((r) => r.kind)).toEqual(["channel", "author", "item"]);
    expect(records[0]).toEqual({
      kind: "channel",
      channel: {
        title: "Harbour & Watch",
        link: "https://news.example.org",
        description: "News",
        language: "en-GB",
        baseSiteUrl: "https://news.example.org",
        baseBlogUrl: "https://news.example.org/blog",
      },
    });
    expect(records[1]).toEqual({ kind: "author", login: "mira", name: "Mira Kovač" });
    expect(records[2]).toEqual({
      kind: "item",
      item: {
        title: "Europol &amp; FBI",
        link: "https://news.example.org/2024/03/05/takedown/",
        id: "101",
        postDate: "2024-03-05 09:00:00",
        postDateGmt: "2024-03-05 09:00:00",
        postModified: "2024-03-06 10:00:00",
        postModifiedGmt: "2024-03-06 10:00:00",
        postName: "takedown",
        status: "publish",
        parent: "0",
        type: "post",
        password: "",
        sticky: "",
        attachmentUrl: "",
        content: "<p>Body with ]] and <b>tags</b></p>",
        excerpt: "Short",
        creator: "mira",
        terms: [
          { domain: "category", nicename: "takedowns", name: "Takedowns" },
          { domain: "post_tag", nicename: "uk", name: "UK" },
        ],
        meta: [{ key: "_thumbnail_id", value: "501" }],
        line: 12,
      },
    });
  });

  it("reads items across chunk boundaries, with the line each starts on", async () => {
    const big = ITEM.replace("Body with", "x".repeat(400_000));
    const records = await all(exportFile(big + ITEM.replace("<wp:post_id>101", "<wp:post_id>102")));
    const items = records.flatMap((r) => (r.kind === "item" ? [r.item] : []));
    expect(items.map((i) => [i.id, i.line, i.content.length])).toEqual([
      ["101", 12, 400_026],
      ["102", 34, 35],
    ]);
  });

  it("can be left after the header without reading the rest", async () => {
    for await (const record of readWxr(exportFile(ITEM))) {
      expect(record.kind).toBe("channel");
      break;
    }
  });

  it("refuses an export cut short mid-item, naming the line it ends on and the item's, before yielding that item", async () => {
    const whole = exportFile(ITEM);
    const text = readFileSync(whole, "utf8");
    const cut = join(mkdtempSync(join(tmpdir(), "wxr-")), "export.xml");
    writeFileSync(cut, text.slice(0, text.indexOf("<wp:post_name>")));
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const record of readWxr(cut)) seen.push(record.kind);
      })(),
    ).rejects.toThrow(
      new SourceError(
        "export.xml:23: the file ends with <item> still open (in the item that begins on line 12): the export was cut short — export the site again from WordPress (Tools → Export)",
      ),
    );
    expect(seen).not.toContain("item");
  });

  it("refuses a close tag that does not match, an empty file and a file that is no export", async () => {
    const damaged = exportFile(ITEM.replace("</wp:post_name>", "</wp:status>"));
    await expect(all(damaged)).rejects.toThrow(
      "export.xml:33: <wp:post_name> is still open at this line's close tag (in the item that begins on line 12): the export is damaged",
    );
    for (const text of ["", "Europol note, not XML\n", "<html><body>FBI</body></html>"]) {
      const file = join(mkdtempSync(join(tmpdir(), "wxr-")), "notes.xml");
      writeFileSync(file, text);
      await expect(all(file)).rejects.toThrow(
        "notes.xml is not a WordPress export: it holds no <rss><channel> — give the .xml file that WordPress's Tools → Export makes",
      );
    }
  });

  it("never reads or expands an entity the export's DOCTYPE declares", async () => {
    const file = exportFile(ITEM.replace("Europol &amp; FBI", "&xxe; &lol2;"));
    const text = readFileSync(file, "utf8").replace(
      "<rss ",
      '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<rss ',
    );
    writeFileSync(file, text);
    const items = (await all(file)).filter((r) => r.kind === "item");
    expect(items.map((r) => (r.kind === "item" ? r.item.title : ""))).toEqual(["&xxe; &lol2;"]);
  });

  it("gives an author's display name on one line, and the login when the name is blank", async () => {
    const authors =
      "<wp:author><wp:author_login>eve</wp:author_login><wp:author_display_name><![CDATA[Eve\n  Marsh ---\n- desk]]></wp:author_display_name></wp:author>\n" +
      "<wp:author><wp:author_login>tom</wp:author_login><wp:author_display_name><![CDATA[ \n ]]></wp:author_display_name></wp:author>\n";
    const records = await all(exportFile(authors));
    expect(records.filter((r) => r.kind === "author")).toEqual([
      { kind: "author", login: "mira", name: "Mira Kovač" },
      { kind: "author", login: "eve", name: "Eve Marsh --- - desk" },
      { kind: "author", login: "tom", name: "tom" },
    ]);
  });
});
