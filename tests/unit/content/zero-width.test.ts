import { describe, expect, it } from "vitest";
import { dropZeroWidthLines } from "../../../src/content/zero-width.ts";

describe("dropZeroWidthLines", () => {
  it("empties each line of only zero-width characters and spaces, keeping the line count", () => {
    const body = "First.\n\u200B\n\nSecond.\n \u200C\u200D \n\uFEFF\u2060\r\nThird \u200B word.\n";
    expect(dropZeroWidthLines(body)).toEqual({
      body: "First.\n\n\nSecond.\n\n\nThird \u200B word.\n",
      lines: [1, 4, 5],
    });
  });

  it("leaves blank lines and a body without such lines as they are", () => {
    const body = "A.\n\n   \nB.";
    expect(dropZeroWidthLines(body)).toEqual({ body, lines: [] });
  });
});
