import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { articleMarkdown } from "../../bench/synthetic-markdown.ts";
import { syntheticArchive } from "../../bench/synthetic.ts";
import { parseFrontMatter } from "../../src/content/front-matter.ts";

describe("syntheticArchive", () => {
  const archive = syntheticArchive({ articles: 300, seed: 7 });

  it("is the same for the same seed and different for another", () => {
    const again = syntheticArchive({ articles: 300, seed: 7 });
    expect(again.map((a) => [a.path, a.title, a.body.length])).toEqual(
      archive.map((a) => [a.path, a.title, a.body.length]),
    );
    expect(syntheticArchive({ articles: 300, seed: 8 })[0]!.title).not.toBe(archive[0]!.title);
  });

  it("makes the number asked for, with unique URLs, 300 to 900 words of body and Zipf-distributed entities", () => {
    expect(archive.length).toBe(300);
    expect(new Set(archive.map((a) => a.path)).size).toBe(300);
    const words = archive.map((a) => a.body.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !w.startsWith("(")).length);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(290);
    expect(Math.max(...words)).toBeLessThanOrEqual(1000);
    const counts = new Map<string, number>();
    for (const a of archive) for (const c of a.countries) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
    const sorted = [...counts.values()].sort((x, y) => y - x);
    expect(sorted[0]!).toBeGreaterThan(5 * sorted[Math.floor(sorted.length / 2)]!);
  });
});

describe("articleMarkdown", () => {
  it("writes an article as front-matter and body that read back to the same fields", () => {
    const article = syntheticArchive({ articles: 3, seed: 2, zone: "Europe/London" })[1]!;
    const { path, text } = articleMarkdown(article);
    expect(path).toBe(`articles/${article.date.year}/${article.slug}.md`);
    const parsed = parseFrontMatter(text, path);
    if (!parsed.ok) throw new Error("front-matter did not parse");
    expect(parsed.file.data.title).toBe(article.title);
    expect(DateTime.fromISO(String(parsed.file.data.date)).toMillis()).toBe(article.date.toMillis());
    expect(parsed.file.data.agencies).toEqual(article.agencies.map((e) => e.name));
    expect(parsed.file.body.trim()).toBe(article.body.trim());
  });
});
