import { describe, expect, it } from "vitest";
import { SITE_CSS as css, THEMES, contrast, token } from "../../helpers/contrast.ts";

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
