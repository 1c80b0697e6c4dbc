import { describe, expect, it } from "vitest";
import { createMarkdown, renderMarkdown } from "../../../../src/content/markdown.ts";
import { lintRefusedLinks } from "../../../../src/content/lints/refused-links.ts";

const md = createMarkdown();
const render = (body: string) => renderMarkdown(md, body, { pathPrefix: "/" }).trim();

describe("body links and images a page may carry", () => {
  it("renders relative, http(s), mailto and tel targets as links", () => {
    expect(render("[a](/2024/01/x/) [b](https://example.org/) [c](mailto:desk@example.org) [d](tel:+441234)")).toBe(
      '<p><a href="/2024/01/x/">a</a> <a href="https://example.org/">b</a> ' +
        '<a href="mailto:desk@example.org">c</a> <a href="tel:+441234">d</a></p>',
    );
  });

  it("shows every other scheme as text, never as a link or an image", () => {
    for (const body of [
      "[x](ftp://example.org/f)",
      "[x](javascript:alert(1))",
      "![x](data:image/png;base64,AAAA)",
      "<file:///etc/passwd>",
      "[x](JaVaScRiPt:alert(1))",
    ]) {
      expect(render(body)).not.toMatch(/<a |<img /);
    }
  });

  it("warns at the line of each refused target, naming its scheme", () => {
    const tokens = md.parse(
      "Intro.\n\nSee [the file](ftp://example.org/f) and `[code](javascript:x)`.\n\n![chart](data:image/png;base64,AAAA)\n\n[fine](https://example.org/)\n",
      {},
    );
    expect(lintRefusedLinks(tokens).map((f) => [f.bodyLine, f.message])).toEqual([
      [2, "the link to a ftp: URL is shown as text, not as a link"],
      [4, "the link to a data: URL is shown as text, not as a link"],
    ]);
  });
});
