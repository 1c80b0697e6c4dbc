import { describe, expect, it } from "vitest";
import { editsWithin } from "../../../src/site/bounded-edits.ts";
import { editDistance } from "../../../src/taxonomy/names.ts";

describe("editsWithin", () => {
  it("counts a swap of neighbours, a substitution, an insertion and a deletion as one edit each", () => {
    expect(editsWithin("march-frist", "march-first", 3)).toBe(1);
    expect(editsWithin("qsb-29", "qsb-28", 2)).toBe(1);
    expect(editsWithin("qsb-29", "qsb-029", 2)).toBe(1);
    expect(editsWithin("canary-11", "canary-1", 2)).toBe(1);
    expect(editsWithin("xsa-206", "xsa-206", 0)).toBe(0);
  });

  it("is undefined past the limit, however far", () => {
    expect(editsWithin("qbs-92", "qsb-29", 1)).toBeUndefined();
    expect(editsWithin("qbs-92", "qsb-29", 2)).toBe(2);
    expect(editsWithin("team", "qubes-os-4-2-released", 3)).toBeUndefined();
    expect(editsWithin("", "abcd", 3)).toBeUndefined();
  });

  it("agrees with editDistance within the limit", () => {
    const words = ["qsb-29", "qsb-92", "qbs-29", "qsb-2", "sqb-29", "qsb-290", "xsa-206", "canary-11", ""];
    for (const a of words)
      for (const b of words) {
        const distance = editDistance(a, b);
        expect(editsWithin(a, b, 3), `${a} ~ ${b}`).toBe(distance <= 3 ? distance : undefined);
      }
  });
});
