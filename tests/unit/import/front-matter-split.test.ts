import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../../src/import/front-matter-split.ts";

describe("splitFrontMatter", () => {
  it("cuts YAML between --- lines and says where the body starts", () => {
    expect(splitFrontMatter("---\ntitle: A\n---\nBody\n")).toEqual({
      format: "yaml",
      raw: "title: A",
      rawLine: 2,
      body: "Body\n",
      bodyLine: 4,
    });
  });

  it("cuts TOML between +++ lines, CRLF and a BOM read as plain lines", () => {
    expect(splitFrontMatter('\uFEFF+++\r\ntitle = "A"\r\n+++\r\nBody')).toEqual({
      format: "toml",
      raw: 'title = "A"',
      rawLine: 2,
      body: "Body",
      bodyLine: 4,
    });
  });

  it("cuts a JSON object at the start, braces inside strings not counted", () => {
    expect(splitFrontMatter('{\n  "title": "A } B"\n}\nBody')).toEqual({
      format: "json",
      raw: '{\n  "title": "A } B"\n}',
      rawLine: 1,
      body: "Body",
      bodyLine: 4,
    });
  });

  it("treats a file without a closing fence as all body", () => {
    expect(splitFrontMatter("---\ntitle: A\nBody").format).toBe("none");
  });
});
