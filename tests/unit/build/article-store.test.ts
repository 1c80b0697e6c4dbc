import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { readArticleStore, writeArticleStore } from "../../../src/build/article-store.ts";
import { fromStored, toStored, type StoredEntry } from "../../../src/content/stored-article.ts";
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
