import { describe, expect, it } from "vitest";
import { readTolerantYaml } from "../../../src/import/yaml-repair.ts";

describe("readTolerantYaml", () => {
  it("reads valid YAML without repairs and keeps dates as written", () => {
    expect(readTolerantYaml("title: Europol raid\ndate: 2021-03-09 10:00:00 +0100")).toEqual({
      ok: true,
      data: { title: "Europol raid", date: "2021-03-09 10:00:00 +0100" },
      repairs: [],
    });
  });

  it("replaces tab indentation with spaces", () => {
    const read = readTolerantYaml("tags:\n\t- Europol\n\t- Germany\nlayout: post");
    expect(read).toEqual({
      ok: true,
      data: { tags: ["Europol", "Germany"], layout: "post" },
      repairs: [
        { line: 2, detail: "tab indentation replaced by spaces" },
        { line: 3, detail: "tab indentation replaced by spaces" },
      ],
    });
  });

  it("indents a value's continuation written at column 0", () => {
    const read = readTolerantYaml(
      'title: "QSB 12: Xen\nfix for the NCSC advisory"\nsummary: The FBI warned\nbanks on Monday\nand again on Friday.\nlayout: post',
    );
    expect(read.ok && read.data).toEqual({
      title: "QSB 12: Xen fix for the NCSC advisory",
      summary: "The FBI warned banks on Monday and again on Friday.",
      layout: "post",
    });
    expect(read.ok && read.repairs.map((r) => r.line)).toEqual([2, 4, 5]);
  });

  it("quotes a value holding an unquoted colon", () => {
    const read = readTolerantYaml('title: NCSC advisory: patch "Exchange" now\ntags: [NCSC]');
    expect(read).toEqual({
      ok: true,
      data: { title: 'NCSC advisory: patch "Exchange" now', tags: ["NCSC"] },
      repairs: [{ line: 1, detail: 'value of title with an unquoted ": " quoted' }],
    });
  });

  it("leaves a line after a list alone: column 0 there starts a key, not a continuation", () => {
    const read = readTolerantYaml("tags:\n- CISA\nnot a key");
    expect(read.ok).toBe(false);
  });

  it("reports YAML whose meaning is not plain at its line, without the parser's own position", () => {
    expect(readTolerantYaml('layout: post\ntitle: "FBI warns\ntags: [fraud')).toEqual({
      ok: false,
      line: 3,
      message: 'Missing closing "quote',
    });
  });

  it("refuses front-matter that is not a mapping", () => {
    expect(readTolerantYaml("- a\n- b")).toEqual({
      ok: false,
      line: 1,
      message: "front-matter is not a set of key: value lines",
    });
  });
});
