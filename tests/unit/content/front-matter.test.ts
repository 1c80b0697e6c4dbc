import { describe, expect, it } from "vitest";
import { parseFrontMatter, parseYamlBlock } from "../../../src/content/front-matter.ts";

describe("parseFrontMatter", () => {
  it("splits YAML front-matter and body, with field positions", () => {
    const result = parseFrontMatter("---\ntitle: Hello\ncountries:\n  - UK\n  - France\n---\n\nBody text\n", "a.md");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect({ ...result.file.data }).toEqual({ title: "Hello", countries: ["UK", "France"] });
    expect(result.file.body).toBe("\nBody text\n");
    expect(result.file.bodyLine).toBe(7);
    expect(result.file.positionOf("title")).toEqual({ line: 2, column: 1 });
    expect(result.file.positionOf("countries", 1)).toEqual({ line: 5, column: 5 });
  });

  it("keeps dates as their original text (no YAML 1.1 timestamp rollover)", () => {
    const result = parseFrontMatter("---\ndate: 2018-02-30\n---\n", "a.md");
    expect(result.ok && result.file.data.date).toBe("2018-02-30");
  });

  for (const opening of ["---js", "---javascript", "---JS", "---coffee", "--- js"]) {
    it(`refuses executable front-matter '${opening}' without running it`, () => {
      (globalThis as Record<string, unknown>).__newsdeskRan = false;
      const result = parseFrontMatter(`${opening}\n{ title: (globalThis.__newsdeskRan = true, "x") }\n---\n`, "a.md");
      expect(result.ok).toBe(false);
      expect((globalThis as Record<string, unknown>).__newsdeskRan).toBe(false);
      expect(!result.ok && result.diagnostics[0]?.message).toContain("is refused");
    });
  }

  it("never lets __proto__ reach a prototype", () => {
    const result = parseFrontMatter(
      "---\ntitle: x\n__proto__:\n  polluted: true\nnested:\n  __proto__:\n    polluted: true\n---\n",
      "a.md",
    );
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && Object.getPrototypeOf(result.file.data)).toBe(null);
  });

  it("refuses a YAML alias bomb before expanding it", () => {
    const bomb = [
      "---",
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ..."bcdefghi".split("").map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(",")}]`),
      "---",
      "",
    ].join("\n");
    const result = parseFrontMatter(bomb, "a.md");
    expect(!result.ok && result.diagnostics[0]?.message).toMatch(/YAML aliases/);
  });

  it("reports duplicate keys, unclosed front-matter and a missing opening line with their lines", () => {
    const dup = parseFrontMatter("---\ntitle: a\ndate: 2020-01-01\ntitle: b\n---\n", "a.md");
    expect(!dup.ok && dup.diagnostics[0]).toMatchObject({ line: 4, message: "a key is given twice" });
    const unclosed = parseFrontMatter("---\ntitle: a\n", "a.md");
    expect(!unclosed.ok && unclosed.diagnostics[0]?.message).toBe("the front-matter is never closed");
    const none = parseFrontMatter("Just text\n", "a.md");
    expect(!none.ok && none.diagnostics[0]?.message).toBe("the file does not start with front-matter");
  });
  it("hands on the body from the line that closed the block, '...' and trailing spaces included", () => {
    const dots = parseFrontMatter("---\ntitle: x\n...\nBody one\n\n---\n\nMore\n", "a.md");
    expect(dots.ok && dots.file.body).toBe("Body one\n\n---\n\nMore\n");
    expect(dots.ok && dots.file.bodyLine).toBe(4);
    const spaces = parseFrontMatter("---\ntitle: x\n---  \nBody\n", "a.md");
    expect(spaces.ok && spaces.file.body).toBe("Body\n");
    const crlf = parseFrontMatter("---\r\ntitle: x\r\n---\r\nBody\r\n", "a.md");
    expect(crlf.ok && crlf.file.body).toBe("Body\r\n");
    const crlfSpaces = parseFrontMatter("---\r\ntitle: x\r\n---  \r\nBody\r\n", "a.md");
    expect(crlfSpaces.ok && crlfSpaces.file.body).toBe("Body\r\n");
    const dashes = parseFrontMatter("---\ntitle: x\n----\nBody\n", "a.md");
    expect(!dashes.ok && dashes.diagnostics[0]).toMatchObject({
      line: 3,
      message: "the front-matter's closing line '----' has more than '---'",
    });
  });
});

describe("hostile YAML is a located diagnostic, never a thrown error", () => {
  const diagnosticsOf = (yaml: string) => {
    const result = parseFrontMatter(`---\ntitle: x\n${yaml}\n---\nBody\n`, "a.md");
    return result.ok ? "parsed" : result.diagnostics.map((d) => `${d.line} ${d.field}: ${d.message} — ${d.suggestion}`);
  };
  const deep =
    "front-matter: the YAML is nested more than 50 levels deep — write the value as a flat list or a few 'field: value' lines; nothing in newsdesk nests that deep";

  it("refuses lists and maps nested 1,000 levels deep in one line, where the yaml package overflows its stack", () => {
    const lists = diagnosticsOf(`x: ${"[".repeat(1000)}${"]".repeat(1000)}`);
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatch(/^3 /);
    expect(lists[0]).toContain(deep);
    expect(diagnosticsOf(`x: ${"{a: ".repeat(1000)}1${"}".repeat(1000)}`)).toHaveLength(1);
    expect(diagnosticsOf(`x: ${"{a: ".repeat(1000)}1${"}".repeat(1000)}`)[0]).toContain(deep);
  });

  it("refuses nesting past the limit that the yaml package composes (60 levels) at its line", () => {
    expect(diagnosticsOf(`x: ${"[".repeat(60)}${"]".repeat(60)}`)).toEqual([`3 ${deep}`]);
    expect(diagnosticsOf(`x: ${"[".repeat(40)}1${"]".repeat(40)}`)).toBe("parsed");
  });

  it("refuses a self-referencing alias instead of recursing for ever", () => {
    const never =
      "front-matter: the alias *x is part of the value it names, so it never ends — write the value out instead of the alias";
    expect(diagnosticsOf("x: &x [*x]")).toEqual([`3 ${never}`]);
    expect(diagnosticsOf("y: 1\nx: &x {a: {b: *x}}")).toEqual([`4 ${never}`]);
  });

  it("reads keys named like Object.prototype members as own keys, at top level and nested", () => {
    const result = parseFrontMatter(
      "---\ntoString: a\nconstructor: b\nhasOwnProperty: c\nvalueOf: d\n__proto__: e\nn: {toString: f, __proto__: g}\n---\n",
      "a.md",
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.file.data)).toEqual([
      "toString",
      "constructor",
      "hasOwnProperty",
      "valueOf",
      "__proto__",
      "n",
    ]);
    expect(Object.getPrototypeOf(result.file.data)).toBe(null);
    expect(Object.entries(result.file.data.n as object)).toEqual([
      ["toString", "f"],
      ["__proto__", "g"],
    ]);
    expect(result.file.positionOf("valueOf")).toEqual({ line: 5, column: 1 });
  });
});

describe("parseYamlBlock for data files", () => {
  const problems = (text: string) => {
    const parsed = parseYamlBlock(text, "_data/site.yaml", 0);
    return parsed.ok
      ? []
      : parsed.diagnostics.map((d) => `${d.line}:${d.column} ${d.field}: ${d.message} — ${d.suggestion}`);
  };

  it("names the file, not front-matter, and never the YAML library's advice", () => {
    expect(problems("- a\n- b\n")).toEqual([
      "1:1 file: _data/site.yaml must be a list of 'field: value' lines — write one 'field: value' per line",
    ]);
    expect(problems("title: x\n---\ntitle: y\n")).toEqual([
      "2:1 file: _data/site.yaml holds more than one YAML document (a '---' or '...' line) — remove the line: one file holds one list of 'field: value' lines",
    ]);
  });

  it("still says front-matter for an article's block", () => {
    const parsed = parseYamlBlock("- a\n", "articles/x.md", 1, "front-matter");
    expect(parsed.ok ? [] : parsed.diagnostics.map((d) => `${d.line} ${d.field}: ${d.message}`)).toEqual([
      "2 front-matter: front-matter must be a list of 'field: value' lines",
    ]);
  });
});
