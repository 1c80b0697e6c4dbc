import { describe, expect, it } from "vitest";
import { ServeMemo, articleVersion, createKeyer, splitByKey } from "../../../src/build/render-memo.ts";
import type { OutputFile } from "../../../src/build/outputs.ts";
import { article, entity } from "../../helpers/articles.ts";

const a = { ...article("takedown", "2024-06-14T09:00:00Z", { agencies: ["Europol"] }), source: "hash-a" };
const b = { ...article("botnet", "2024-06-20T09:00:00Z", { agencies: ["FBI"] }), source: "hash-b" };
const site = { title: "Desk" };

// A page listing some articles, rendered as their titles; `renders` counts the renders.
function pages(list: Record<string, readonly (typeof a)[]>, counter: { renders: number }): OutputFile[] {
  return Object.entries(list).map(([file, articles]) => ({
    path: `/${file}`,
    file,
    render: () => (counter.renders++, articles.map((x) => x.title).join(",")),
    inputs: () => ({ articles }),
  }));
}

describe("incremental rendering keys", () => {
  it("leaves alone pages whose articles are unchanged and re-renders those that show an edited one", () => {
    const counter = { renders: 0 };
    const first = splitByKey(
      pages({ "a.html": [a], "b.html": [b], "list.html": [b, a] }, counter),
      new Map(),
      createKeyer([a, b], site),
    );
    expect(first.changed.map((o) => o.file)).toEqual(["a.html", "b.html", "list.html"]);
    expect(counter.renders).toBe(0); // keys come from inputs, not from rendering

    const edited = { ...b, title: "Botnet dismantled", source: "hash-b2" };
    const second = splitByKey(
      pages({ "a.html": [a], "b.html": [edited], "list.html": [edited, a] }, counter),
      first.keys,
      createKeyer([a, edited], site),
    );
    expect(second.changed.map((o) => o.file)).toEqual(["b.html", "list.html"]);
    expect(second.unchanged.map((o) => o.file)).toEqual(["a.html"]);
    expect(second.changed.map((o) => o.render())).toEqual(["Botnet dismantled", "Botnet dismantled,takedown"]);
  });

  it("re-renders a list whose order or membership changed, and every page when what they share changed", () => {
    const counter = { renders: 0 };
    const first = splitByKey(
      pages({ "list.html": [b, a], "a.html": [a] }, counter),
      new Map(),
      createKeyer([a, b], site),
    );
    const reordered = splitByKey(
      pages({ "list.html": [a, b], "a.html": [a] }, counter),
      first.keys,
      createKeyer([a, b], site),
    );
    expect(reordered.changed.map((o) => o.file)).toEqual(["list.html"]);
    const retitled = splitByKey(
      pages({ "list.html": [b, a], "a.html": [a] }, counter),
      first.keys,
      createKeyer([a, b], { title: "Other Desk" }),
    );
    expect(retitled.changed.map((o) => o.file)).toEqual(["list.html", "a.html"]);
  });

  it("versions an article by its file and by what other files decide: schedule and entity names", () => {
    expect(articleVersion(a)).toBe(articleVersion({ ...a }));
    expect(articleVersion({ ...a, source: "other" })).not.toBe(articleVersion(a));
    expect(articleVersion({ ...a, scheduled: true })).not.toBe(articleVersion(a));
    expect(articleVersion({ ...a, agencies: [{ ...entity("agencies", "Europol"), name: "Europol (EU)" }] })).not.toBe(
      articleVersion(a),
    );
    // Without a source (articles made in memory) the whole article counts.
    const plain = article("plain", "2024-01-01T00:00:00Z");
    expect(articleVersion({ ...plain, html: "<p>x</p>" })).not.toBe(articleVersion(plain));
  });

  it("compares outputs without inputs by their text, rendering each once", () => {
    let renders = 0;
    const robots = (text: string): OutputFile => ({
      path: "/robots.txt",
      file: "robots.txt",
      render: () => (renders++, text),
    });
    const first = splitByKey([robots("A")], new Map(), createKeyer([], site));
    expect(splitByKey([robots("A")], first.keys, createKeyer([], site)).changed).toEqual([]);
    const [changed] = splitByKey([robots("B")], first.keys, createKeyer([], site)).changed;
    expect([changed!.render(), changed!.render()]).toEqual(["B", "B"]);
    expect(renders).toBe(3);
  });
});

describe("serve's memo between saves", () => {
  const list = (articles: readonly (typeof a)[]) =>
    pages(
      {
        "a.html": articles.filter((x) => x.slug === "takedown"),
        "b.html": articles.filter((x) => x.slug === "botnet"),
        "list.html": articles,
      },
      { renders: 0 },
    );
  const robots: OutputFile = { path: "/robots.txt", file: "robots.txt", render: () => "User-agent: *" };

  it("after an edit in place, writes the outputs that list the article and those whose text changed", () => {
    const memo = new ServeMemo();
    const first = memo.changed([...list([a, b]), robots], { articles: [a, b], shared: site });
    expect(first.map((o) => o.file)).toEqual(["a.html", "b.html", "list.html", "robots.txt"]);
    const edited = { ...b, title: "Botnet dismantled", source: "hash-b2" };
    expect(memo.editedInPlace([a, edited])).toEqual([edited.path]);
    const second = memo.changed([...list([a, edited]), robots], {
      articles: [a, edited],
      shared: site,
      edited: [edited.path],
    });
    expect(second.map((o) => o.file)).toEqual(["b.html", "list.html"]);
    expect(second.map((o) => o.render())).toEqual(["Botnet dismantled", "takedown,Botnet dismantled"]);
    // Nothing changed: nothing written.
    expect(memo.editedInPlace([a, edited])).toEqual([]);
    expect(memo.changed([...list([a, edited]), robots], { articles: [a, edited], shared: site, edited: [] })).toEqual(
      [],
    );
  });

  it("compares every output after a move, a change to what pages share, or when no edit is named", () => {
    const memo = new ServeMemo();
    memo.changed(list([a, b]), { articles: [a, b], shared: site });
    const moved = { ...b, date: b.date.plus({ days: 1 }), source: "hash-b3" };
    expect(memo.editedInPlace([a, moved])).toBeUndefined();
    expect(memo.changed(list([a, moved]), { articles: [a, moved], shared: site }).map((o) => o.file)).toEqual([
      "b.html",
      "list.html",
    ]);
    // An edit named, but what pages share changed too: every output is keyed.
    expect(
      memo
        .changed(list([a, moved]), { articles: [a, moved], shared: { title: "Other" }, edited: [] })
        .map((o) => o.file),
    ).toEqual(["a.html", "b.html", "list.html"]);
    expect(memo.changed(list([a, moved]), { articles: [a, moved], shared: { title: "Other" } })).toEqual([]);
  });
});
