import { describe, expect, it } from "vitest";
import { TermTable } from "../../../../src/related/terms/term-table.ts";

describe("TermTable", () => {
  it("gives a term one id across texts and written forms", () => {
    const table = new TermTable();
    const first = table.scan("Servers seized");
    const ids = Array.from(table.found.subarray(0, first));
    const second = table.scan("SERVER seized server’s");
    expect(Array.from(table.found.subarray(0, second))).toEqual([ids[0], ids[1], ids[0]]);
    expect(table.terms).toEqual(["server", "seized"]);
  });

  it("marks words written as names: capitalised, but not the first of a sentence", () => {
    const table = new TermTable();
    const count = table.scan("Police seized Coldharbor servers. Europol helped.\nOfficers thanked Europol");
    expect(Array.from(table.found.subarray(0, count), (id) => table.terms[id])).toEqual([
      "police",
      "seized",
      "coldharbor",
      "server",
      "europol",
      "helped",
      "officer",
      "thanked",
      "europol",
    ]);
    expect(Array.from(table.named.subarray(0, count))).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 1]);
  });

  it("grows past its first sizes without losing ids", () => {
    const table = new TermTable();
    const text = Array.from({ length: 5000 }, (_, i) => `word${i.toString(36)}x`).join(" ");
    expect(table.scan(text)).toBe(5000);
    expect(table.scan(text)).toBe(5000);
    expect(table.terms.length).toBe(5000);
    expect(table.found[4999]).toBe(4999);
  });
});
