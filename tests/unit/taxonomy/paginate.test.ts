import { describe, expect, it } from "vitest";
import { paginate } from "../../../src/taxonomy/paginate.ts";

describe("paginate", () => {
  it("splits items into pages under the first path", () => {
    const chunks = paginate([1, 2, 3, 4, 5], 2, "/agencies/europol/");
    expect(chunks.map((c) => [c.path, c.items, c.previousPath, c.nextPath])).toEqual([
      ["/agencies/europol/", [1, 2], undefined, "/agencies/europol/page/2/"],
      ["/agencies/europol/page/2/", [3, 4], "/agencies/europol/", "/agencies/europol/page/3/"],
      ["/agencies/europol/page/3/", [5], "/agencies/europol/page/2/", undefined],
    ]);
    expect(chunks.every((c) => c.totalPages === 3)).toBe(true);
  });

  it("gives an empty list one empty page, and an exact multiple no trailing page", () => {
    expect(paginate([], 20, "/").map((c) => [c.path, c.items.length])).toEqual([["/", 0]]);
    expect(paginate([1, 2, 3, 4], 2, "/").map((c) => c.path)).toEqual(["/", "/page/2/"]);
  });
});
