import { describe, expect, it } from "vitest";
import { coverageChart, describe as describePoints } from "../../../src/charts/coverage-over-time.ts";

const YEARS = [
  { label: "2019", short: "2019", count: 2 },
  { label: "2020", short: "2020", count: 0 },
  { label: "2021", short: "2021", count: 4 },
];

describe("coverageChart", () => {
  it("draws one bar per non-empty period, scaled to the busiest, with counts and axis labels", () => {
    const svg = coverageChart(YEARS, "cov", "Articles about Europol per year, 2019 to 2021");
    expect(
      svg.startsWith(
        '<svg class="chart coverage-chart" viewBox="0 0 360 132" role="img" aria-label="Articles about Europol per year, 2019 to 2021" aria-describedby="cov-desc" focusable="false">',
      ),
    ).toBe(true);
    expect(
      [...svg.matchAll(/<rect class="bar" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"\/>/g)].map((m) =>
        m.slice(1),
      ),
    ).toEqual([
      ["18.0", "62.0", "84.0", "46.0"],
      ["258.0", "16.0", "84.0", "92.0"],
    ]);
    expect([...svg.matchAll(/<text class="value"[^>]*>(\d+)<\/text>/g)].map((m) => m[1])).toEqual(["2", "4"]);
    expect([...svg.matchAll(/<text class="label"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1])).toEqual([
      "2019",
      "2020",
      "2021",
    ]);
    expect(svg).toContain('<desc id="cov-desc">2019: 2 articles; 2020: none; 2021: 4 articles.</desc>');
  });

  it("escapes the title and labels, and gives the same text every time", () => {
    const points = [{ label: "<b>", short: "a&b", count: 1 }];
    const svg = coverageChart(points, "x", 'Say "<hi>"');
    expect(svg).toContain('aria-label="Say &quot;&lt;hi&gt;&quot;"');
    expect(svg).toContain(">a&amp;b</text>");
    expect(svg).not.toContain("<b>");
    expect(coverageChart(points, "x", 'Say "<hi>"')).toBe(svg);
  });

  it("shows only the peak on a grid line when there are too many bars to label each", () => {
    const months = Array.from({ length: 24 }, (_, i) => ({
      label: `m${i}`,
      short: i % 3 === 0 ? `m${i}` : "",
      count: i === 5 ? 7 : 1,
    }));
    const svg = coverageChart(months, "m", "Per month");
    expect([...svg.matchAll(/<text class="value"[^>]*>(\d+)<\/text>/g)].map((m) => m[1])).toEqual(["7"]);
    expect(svg).toContain('<line class="grid" x1="0" x2="360" y1="16" y2="16"/>');
    expect([...svg.matchAll(/<text class="label"/g)]).toHaveLength(8);
  });

  it("describes singular, zero and plural counts in words", () => {
    expect(
      describePoints([
        { label: "May 2024", short: "", count: 1 },
        { label: "June 2024", short: "", count: 0 },
      ]),
    ).toBe("May 2024: 1 article; June 2024: none.");
  });
});
