import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { readSourceDate } from "../../../src/import/source-date.ts";

const iso = (value: unknown, zone = "Europe/Berlin") => readSourceDate(value, zone)?.toISO();

describe("readSourceDate", () => {
  it("reads a date without time or offset as midnight in the site's zone", () => {
    expect(iso("2021-03-09")).toBe("2021-03-09T00:00:00.000+01:00");
    expect(iso("2021-7-4 9:05")).toBe("2021-07-04T09:05:00.000+02:00");
  });

  it("keeps a written offset (Jekyll's +0100, ISO's +01:00 and Z)", () => {
    expect(iso("2021-04-14 18:30:00 +0100")).toBe("2021-04-14T18:30:00.000+01:00");
    expect(iso("2023-11-30T22:30:00-05:00")).toBe("2023-11-30T22:30:00.000-05:00");
    expect(iso("2024-04-10T12:00:00Z")).toBe("2024-04-10T12:00:00.000Z");
  });

  it("reads TOML's local dates in the site's zone and its offset date-times as instants", () => {
    const toml = parse("a = 2024-02-20\nb = 2024-02-20T10:00:00\nc = 2024-02-20T10:00:00+02:00");
    expect(iso(toml["a"], "America/New_York")).toBe("2024-02-20T00:00:00.000-05:00");
    expect(iso(toml["b"], "America/New_York")).toBe("2024-02-20T10:00:00.000-05:00");
    expect(iso(toml["c"], "America/New_York")).toBe("2024-02-20T03:00:00.000-05:00");
  });

  it("is undefined for what is not a date", () => {
    expect(iso("last Tuesday")).toBeUndefined();
    expect(iso(20210309)).toBeUndefined();
    expect(iso("2021-02-30")).toBeUndefined();
  });
});
