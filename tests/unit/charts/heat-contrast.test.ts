import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../helpers/cli.ts";

const css = readFileSync(`${ROOT}/layouts/assets/site.css`, "utf8");
const dark = css.slice(css.indexOf("@media (prefers-color-scheme: dark)"));
const light = css.slice(0, css.indexOf("@media (prefers-color-scheme: dark)"));

// A custom property's colour as the theme's block sets it.
function token(block: string, name: string): string {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`, "i").exec(block);
  if (!match) throw new Error(`--${name} is not set`);
  return match[1]!;
}

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe("the heat strip's colours", () => {
  for (const [theme, block] of [
    ["light", light],
    ["dark", dark],
  ] as const) {
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
