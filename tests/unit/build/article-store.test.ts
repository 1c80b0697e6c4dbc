import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { readArticleStore, writeArticleStore } from "../../../src/build/article-store.ts";
import { fromStored, htmlIncludes, toStored, type StoredEntry } from "../../../src/content/stored-article.ts";
import { loadContent } from "../../../src/content/load.ts";
import { fixture, tempDir } from "../../helpers/cli.ts";
import { TAXONOMIES } from "../../../src/model/entity.ts";

const NOW = DateTime.fromISO("2026-01-01T00:00:00Z");

describe("the article store of build --incremental", () => {
  it("gives back each article as loading made it: times in the site's zone, entities.yaml's entities as the registry's objects", async () => {
    const content = await loadContent({
      contentDir: fixture("basic"),
      now: NOW,
      render: true,
      drafts: true,
      future: true,
    });
    expect(content.articles.length).toBeGreaterThan(3);
    for (const article of content.articles) {
      const text = readFileSync(join(fixture("basic"), article.file), "utf8");
      const entry = JSON.parse(JSON.stringify(toStored("hash", { diagnostics: [], article }, text))) as StoredEntry;
      // The body is the end of the file's text: the store holds its length, not the body again.
      expect(entry.article).toMatchObject({ bodyTail: article.body.length });
      expect(entry.article!.body).toBeUndefined();
      const back = fromStored(entry, content.registry, content.site.timezone, text).article!;
      expect(back.body).toBe(article.body);
      expect(back.date.toISO()).toBe(article.date.toISO());
      expect(back.date.zoneName).toBe(article.date.zoneName);
      expect(back.updated?.toISO()).toBe(article.updated?.toISO());
      for (const kind of TAXONOMIES) {
        back[kind].forEach((e, i) => {
          expect(e).toEqual(article[kind][i]);
          // The same object every other article lists, where entities.yaml (or the country list) defines it.
          if (content.registry.lookup(kind, e.name)) expect(e).toBe(article[kind][i]);
        });
      }
      // A body that is not the end of the text (zero-width lines dropped from it) is kept whole.
      const changed = `${text}\u200b\n`;
      const whole = toStored("hash", { diagnostics: [], article }, changed);
      expect(whole.article!.body).toBe(article.body);
      expect(fromStored(whole, content.registry, content.site.timezone, changed).article!.body).toBe(article.body);
      const { date, updated, agencies, outlets, countries, actors, malware, cves, topics, ...rest } = back;
      const {
        date: _d,
        updated: _u,
        agencies: _a,
        outlets: _o,
        countries: _c,
        actors: _ac,
        malware: _m,
        cves: _cv,
        topics: _t,
        ...restBefore
      } = article;
      expect(JSON.parse(JSON.stringify(rest))).toEqual(JSON.parse(JSON.stringify(restBefore)));
    }
  });

  it("keeps each rendered body after a tab and decodes it only when the article's html is read", async () => {
    const content = await loadContent({ contentDir: fixture("basic"), now: NOW, render: true });
    const dir = await tempDir();
    const path = join(dir, ".site.newsdesk.articles.ndjson");
    const texts = new Map(content.articles.map((a) => [a.file, readFileSync(join(fixture("basic"), a.file), "utf8")]));
    const entries = new Map(
      content.articles.map((a) => [
        a.file,
        toStored(`hash ${a.file}`, { diagnostics: [], article: a }, texts.get(a.file)!),
      ]),
    );
    await writeArticleStore(path, { signature: "sig", entries, reused: 0 });
    const lines = readFileSync(path, "utf8").split("\n").slice(1, -1);
    expect(lines).toHaveLength(content.articles.length);
    for (const line of lines) {
      const [meta, html, ...more] = line.split("\t");
      expect(more).toEqual([]);
      expect((JSON.parse(meta!) as StoredEntry).article!.html).toBeUndefined();
      expect(typeof JSON.parse(html!)).toBe("string");
    }
    const read = await readArticleStore(path);
    for (const article of content.articles) {
      const back = fromStored(
        read.entries.get(article.file)!,
        content.registry,
        content.site.timezone,
        texts.get(article.file)!,
      ).article!;
      const decoded = () => !("get" in Object.getOwnPropertyDescriptor(back, "html")!);
      expect(decoded()).toBe(false);
      // Asked whether the html holds a mark (a body image to place), the stored bytes answer: nothing is decoded.
      expect(htmlIncludes(back, "<p>")).toBe(article.html.includes("<p>"));
      expect(htmlIncludes(back, "data-newsdesk-image")).toBe(article.html.includes("data-newsdesk-image"));
      expect(decoded()).toBe(false);
      expect(back.html).toBe(article.html);
      expect(decoded()).toBe(true);
      expect(htmlIncludes(back, "<p>")).toBe(article.html.includes("<p>"));
      expect(Object.getOwnPropertyDescriptor(back, "html")?.value).toBe(article.html);
      // A copy of the article (a respelled topic, a scheduled flag) has the html too.
      expect({ ...back }.html).toBe(article.html);
    }
    // Entries kept as they were read are written back byte for byte.
    const again = join(dir, "again.ndjson");
    await writeArticleStore(again, read);
    expect(readFileSync(again).equals(readFileSync(path))).toBe(true);
  });

  it("writes one line an entry after its header, reads it back, and reads a damaged or missing file as empty", async () => {
    const dir = await tempDir();
    const path = join(dir, ".site.newsdesk.articles.ndjson");
    const entries = new Map<string, StoredEntry>([
      [
        "articles/a.md",
        {
          source: "s1",
          diagnostics: [
            { file: "articles/a.md", line: 3, column: 1, field: "date", severity: "error", message: "bad" },
          ],
        },
      ],
      ["articles/b.md", { source: "s2", diagnostics: [] }],
    ]);
    await writeArticleStore(path, { signature: "sig", entries, reused: 0 });
    expect(readFileSync(path, "utf8").split("\n")).toHaveLength(4); // header, two entries, the final newline
    const read = await readArticleStore(path);
    expect(read.signature).toBe("sig");
    expect([...read.entries]).toEqual([...entries]);
    writeFileSync(path, `${readFileSync(path, "utf8").slice(0, 60)}\n`);
    expect((await readArticleStore(path)).entries.size).toBe(0);
    expect((await readArticleStore(join(dir, "missing.ndjson"))).entries.size).toBe(0);
  });
});
