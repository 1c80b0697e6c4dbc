import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../helpers/cli.ts";

const css = readFileSync(`${ROOT}/layouts/assets/site.css`, "utf8");
const darkStart = css.indexOf("@media (prefers-color-scheme: dark)");
const THEMES = [
  ["light", css.slice(0, darkStart)],
  ["dark", css.slice(darkStart, css.indexOf("\n}\n", darkStart))],
] as const;

// Every colour a code block's text can take, and the background it sits on.
const ON_CODE_BG = [
  "code-fg",
  "hl-keyword",
  "hl-string",
  "hl-comment",
  "hl-number",
  "hl-title",
  "hl-attr",
  "hl-type",
  "hl-meta",
  "hl-variable",
  "hl-regexp",
  "hl-addition",
  "hl-deletion",
];

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

describe("the syntax highlighting theme", () => {
  for (const [theme, block] of THEMES) {
    it(`keeps every token at 4.5:1 or more on the code background (${theme} theme)`, () => {
      const bg = token(block, "code-bg");
      const low = ON_CODE_BG.map((name) => ({ name, ratio: contrast(token(block, name), bg) })).filter(
        (t) => t.ratio < 4.5,
      );
      expect(low).toEqual([]);
    });

    it(`keeps added and deleted lines at 4.5:1 on their tints, and the tints apart from the background (${theme} theme)`, () => {
      for (const kind of ["addition", "deletion"]) {
        expect(contrast(token(block, `hl-${kind}`), token(block, `hl-${kind}-bg`)), kind).toBeGreaterThanOrEqual(4.5);
        // Plain text inside a diff line (highlight.js nests other tokens there) stays readable on the tint too.
        expect(contrast(token(block, "code-fg"), token(block, `hl-${kind}-bg`)), kind).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it("gives each highlight.js token class a colour from the theme", () => {
    const classes = [...css.matchAll(/\.hljs-([a-z_-]+)/g)].map((m) => m[1]);
    for (const cls of ["keyword", "string", "comment", "number", "title", "attr", "built_in", "literal", "meta"])
      expect(classes, cls).toContain(cls);
    for (const cls of ["variable", "addition", "deletion", "section", "type", "symbol", "regexp", "doctag", "tag"])
      expect(classes, cls).toContain(cls);
  });

  it("knows a failing pair when it sees one", () => {
    expect(contrast("#8fd694", "#f4f5f7")).toBeLessThan(2);
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
  });
});
