import { describe, expect, it } from "vitest";
import { fieldLine } from "../../../src/import/field-line.ts";

describe("fieldLine", () => {
  it("finds a key in YAML, TOML and JSON front-matter, else line 1", () => {
    expect(fieldLine("---\ntitle: A\ndate: soon\n---", "date")).toBe(3);
    expect(fieldLine('+++\ntitle = "A"\n  date = "soon"\n+++', "date")).toBe(3);
    expect(fieldLine('{\n  "title": "A",\n  "date": "soon"\n}', "date")).toBe(3);
    expect(fieldLine("---\nupdate: x\n---", "date")).toBe(1);
  });
});
