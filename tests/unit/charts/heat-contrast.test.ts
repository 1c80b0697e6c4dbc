import { describe, expect, it } from "vitest";
import { THEMES, contrast, token } from "../../helpers/contrast.ts";

describe("the heat strip's colours", () => {
  for (const [theme, block] of THEMES) {
    it(`print each month's count at 4.5:1 or more on its shade (${theme} theme)`, () => {
      for (const level of [1, 2, 3, 4]) {
        const ratio = contrast(token(block, `heat-ink-${level}`), token(block, `heat-${level}`));
        expect(ratio, `level ${level}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it("knows a failing pair when it sees one", () => {
    expect(contrast("#f3c1c3", "#ffffff")).toBeLessThan(3);
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
  });
});
