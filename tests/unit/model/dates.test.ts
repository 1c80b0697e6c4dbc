import { describe, expect, it } from "vitest";
import { formatLongDate, isoDateTime, parseContentDate } from "../../../src/model/dates.ts";

describe("parseContentDate", () => {
  it("reads a plain date as that calendar day in the site's time zone", () => {
    const result = parseContentDate("2019-03-01", "America/New_York");
    expect(result.ok && isoDateTime(result.value)).toBe("2019-03-01T00:00:00-05:00");
    expect(result.ok && formatLongDate(result.value, "en-GB")).toBe("1 March 2019");
    expect(result.ok && result.value.toFormat("yyyy/LL")).toBe("2019/03");
  });

  it("keeps the instant of a date-time with an offset and shows it in the site's zone", () => {
    const result = parseContentDate("2019-03-01T02:00:00Z", "America/New_York");
    expect(result.ok && isoDateTime(result.value)).toBe("2019-02-28T21:00:00-05:00");
  });

  it("reads a date-time without offset in the site's zone", () => {
    const result = parseContentDate("2018-04-26 09:30", "Europe/London");
    expect(result.ok && isoDateTime(result.value)).toBe("2018-04-26T09:30:00+01:00");
  });

  it("refuses impossible dates instead of rolling them over", () => {
    const result = parseContentDate("2018-02-30", "UTC");
    expect(result).toMatchObject({ ok: false, message: "2018-02-30 does not exist: February 2018 has 28 days" });
    expect(parseContentDate("2018-13-01", "UTC")).toMatchObject({
      ok: false,
      message: "2018-13-01 does not exist: there is no month 13",
    });
  });

  it("refuses text that is not a date, naming the form expected", () => {
    const result = parseContentDate("next tuesday", "UTC");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.suggestion).toContain("YYYY-MM-DD");
  });
});
