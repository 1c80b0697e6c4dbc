import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../../src/content/markdown.ts";
import { countWords, readingTime } from "../../../src/content/reading-time.ts";

const md = createMarkdown();
const timeOf = (body: string) => readingTime(md.parse(body, {}));

describe("countWords", () => {
  it("counts runs of letters and digits, apostrophes inside a word", () => {
    expect(countWords("Don't panic: CVE-2024-3094 is 42 words—no.")).toBe(9);
  });
});

describe("readingTime", () => {
  it("reads prose at 230 words a minute, at least 1 minute", () => {
    expect(timeOf("One two three.")).toEqual({ words: 3, codeLines: 0, minutes: 1 });
    expect(timeOf(Array.from({ length: 690 }, () => "word").join(" "))).toEqual({
      words: 690,
      codeLines: 0,
      minutes: 3,
    });
  });

  it("counts each non-blank line of code at 2 seconds, its words not as prose", () => {
    const code = Array.from({ length: 280 }, (_, i) => `curl -s http://target/?id=${i}`).join("\n");
    expect(timeOf(`PoC:\n\n\`\`\`sh\n${code}\n\n\`\`\`\n`)).toEqual({ words: 1, codeLines: 280, minutes: 9 });
    expect(timeOf("Text.\n\n    indented();\n    \n    more();\n")).toEqual({ words: 1, codeLines: 2, minutes: 1 });
  });

  it("counts a table cell at 1 second at least, or its words at prose speed", () => {
    const rows = Array.from({ length: 60 }, (_, i) => `| 10.0.0.${i} | c2 |`).join("\n");
    // 122 cells (2 header, 120 body) at 1 s each: 2 minutes; 2 + 60 × 5 words (10.0.0.7 is four).
    expect(timeOf(`| IP | role |\n|---|---|\n${rows}\n`)).toEqual({ words: 302, codeLines: 0, minutes: 2 });
  });

  it("reads emphasis as part of a word, and neither image targets nor link targets", () => {
    expect(timeOf("wo**rd** [a link](https://example.org/a/b/c) ![alt words here](x.png)")).toEqual({
      words: 3,
      codeLines: 0,
      minutes: 1,
    });
  });
});
