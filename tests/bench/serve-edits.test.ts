import { describe, expect, it } from "vitest";
import { articleMarkdown } from "../../bench/synthetic-markdown.ts";
import { syntheticArchive } from "../../bench/synthetic.ts";
import { markerTitle, retitled, serveTargets } from "../../bench/serve-edits.ts";

describe("the serve bench's edits", () => {
  it("pick the middle article in archive order and the newest by date", () => {
    const articles = syntheticArchive({ articles: 40, seed: 1 });
    const { middle, newest } = serveTargets(articles);
    expect(middle).toBe(articles[20]);
    expect([middle.path, newest.path]).toEqual([
      "/2018/01/kanel-nelyorwan-vohenlum-kati-20/",
      "/2023/09/kazetpor-renkadri-krijo-kami-39/",
    ]);
    expect(articles.filter((a) => a.date > newest.date)).toEqual([]);
  });

  it("take the first of two articles with the newest date, and one article for both", () => {
    const articles = syntheticArchive({ articles: 3, seed: 1 });
    const twin = { ...articles[1]!, date: articles[2]!.date.plus({ days: 1 }) };
    const later = { ...articles[0]!, date: twin.date };
    expect(serveTargets([later, twin]).newest).toBe(later);
    expect(serveTargets([articles[0]!])).toEqual({ middle: articles[0], newest: articles[0] });
    expect(() => serveTargets([])).toThrow("the serve bench needs at least one article");
  });

  it("name the run, what is watched and the nonce in the marker", () => {
    expect(markerTitle(2, "home", "0a1b2c3d")).toBe("Serve bench edit 2 home 0a1b2c3d");
  });

  it("replace the front-matter title alone, JSON-quoted, even with a $ or a quote in it", () => {
    const text = ["---", `title: "Old"`, "date: 2020-01-01T00:00:00Z", "---", "", "title: not front-matter", ""].join(
      "\n",
    );
    expect(retitled(text, `New $& "one"`)).toBe(
      ["---", `title: "New $& \\"one\\""`, "date: 2020-01-01T00:00:00Z", "---", "", "title: not front-matter", ""].join(
        "\n",
      ),
    );
    const synthetic = articleMarkdown(syntheticArchive({ articles: 1, seed: 1 })[0]!).text;
    expect(retitled(synthetic, "X").split("\n").slice(0, 2)).toEqual(["---", `title: "X"`]);
    expect(retitled(synthetic, "X").split("\n").slice(2)).toEqual(synthetic.split("\n").slice(2));
  });

  it("refuse a file without a front-matter title", () => {
    expect(() => retitled("no front-matter\n", "X")).toThrow("no front-matter title line to edit");
    expect(() => retitled("---\ndate: 2020-01-01\n---\ntitle: body\n", "X")).toThrow(
      "no front-matter title line to edit",
    );
  });
});
