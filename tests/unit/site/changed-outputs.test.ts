import { describe, expect, it } from "vitest";
import { changedOutputs } from "../../../src/site/changed-outputs.ts";
import type { OutputFile } from "../../../src/site/outputs.ts";

const output = (file: string, text: string): OutputFile => ({ path: `/${file}`, file, render: () => text });

describe("changedOutputs", () => {
  it("keeps every file the first time, then only those whose text changed or that are new", () => {
    const written = new Map<string, string>();
    const first = changedOutputs([output("a/index.html", "A"), output("b/index.html", "B")], written);
    expect(first.map((o) => [o.file, o.render()])).toEqual([["a/index.html", "A"], ["b/index.html", "B"]]);
    const second = changedOutputs([output("a/index.html", "A"), output("b/index.html", "B2"), output("c.xml", "C")], written);
    expect(second.map((o) => [o.file, o.render()])).toEqual([["b/index.html", "B2"], ["c.xml", "C"]]);
    expect(changedOutputs([output("a/index.html", "A"), output("b/index.html", "B2")], written)).toEqual([]);
  });

  it("renders each output once, however often the result is asked for", () => {
    let renders = 0;
    const [changed] = changedOutputs([{ path: "/x/", file: "x/index.html", render: () => `x${++renders}` }], new Map());
    expect([changed!.render(), changed!.render()]).toEqual(["x1", "x1"]);
    expect(renders).toBe(1);
  });
});
