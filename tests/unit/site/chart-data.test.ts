import { describe, expect, it } from "vitest";
import {
  archiveSpan,
  coverageSeries,
  lastTwelveMonths,
  mapCountries,
  monthsOfYear,
} from "../../../src/site/chart-data.ts";
import { article, entity } from "../../helpers/articles.ts";

const ARCHIVE = [
  article("a", "2016-03-01"),
  article("b", "2018-07-09"),
  article("c", "2018-12-31"),
  article("d", "2019-02-01"),
];

describe("archiveSpan", () => {
  it("is the first and last month of the archive", () => {
    expect(archiveSpan(ARCHIVE)).toEqual({ first: { year: 2016, month: 3 }, last: { year: 2019, month: 2 } });
    expect(archiveSpan([])).toBeUndefined();
  });
});

describe("coverageSeries", () => {
  it("counts per year over the whole archive, empty years included, when it spans three years or more", () => {
    const span = archiveSpan(ARCHIVE)!;
    expect(coverageSeries(ARCHIVE.slice(1, 3), span, "en-GB")).toEqual([
      { label: "2016", short: "2016", count: 0 },
      { label: "2017", short: "2017", count: 0 },
      { label: "2018", short: "2018", count: 2 },
      { label: "2019", short: "2019", count: 0 },
    ]);
  });

  it("counts per month, labelling every third, for a younger archive", () => {
    const young = [article("x", "2024-11-05"), article("y", "2025-01-20"), article("z", "2025-01-21")];
    const series = coverageSeries(young, archiveSpan(young)!, "en-GB");
    expect(series.map((p) => [p.label, p.short, p.count])).toEqual([
      ["November 2024", "Nov", 1],
      ["December 2024", "", 0],
      ["January 2025", "", 2],
    ]);
  });
});

describe("lastTwelveMonths", () => {
  it("ends at the newest article's month and names every month", () => {
    const months = lastTwelveMonths(ARCHIVE, "en-GB");
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ label: "March 2018", short: "Mar", count: 0 });
    expect(months.filter((m) => m.count > 0).map((m) => m.label)).toEqual([
      "July 2018",
      "December 2018",
      "February 2019",
    ]);
    expect(lastTwelveMonths([], "en-GB")).toEqual([]);
  });
});

describe("monthsOfYear", () => {
  it("counts January to December of one year, other years' articles left out", () => {
    const months = monthsOfYear(ARCHIVE, 2018, "en-GB");
    expect(months.map((m) => m.short)).toEqual([
      "Jan",
      "Feb",
      "Mar",
      "Apr",
      "May",
      "Jun",
      "Jul",
      "Aug",
      "Sept",
      "Oct",
      "Nov",
      "Dec",
    ]);
    expect(months.map((m) => m.count)).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
  });
});

describe("mapCountries", () => {
  it("keeps countries with an ISO numeric code, or an alpha-2 code when ISO does not number them, by name", () => {
    const uk = { ...entity("countries", "United Kingdom"), code: "GB", numeric: "826" };
    const be = { ...entity("countries", "Belgium"), code: "BE", numeric: "056" };
    const xk = { ...entity("countries", "Kosovo"), code: "XK" };
    expect(mapCountries([uk, entity("countries", "Atlantis"), xk, be, entity("agencies", "Europol")])).toEqual([
      { id: "056", name: "Belgium" },
      { id: "XK", name: "Kosovo" },
      { id: "826", name: "United Kingdom" },
    ]);
  });
});
