import { describe, expect, it } from "vitest";
import { cellCount, heatLevel, heatStrip } from "../../../src/charts/heat-strip.ts";

describe("heatLevel", () => {
  it("is 0 for no articles, then 1 to 4 by share of the busiest month", () => {
    expect([0, 1, 2, 3, 4, 5, 8].map((n) => heatLevel(n, 8))).toEqual([0, 1, 1, 2, 2, 3, 4]);
    expect(heatLevel(3, 0)).toBe(0);
  });
});

describe("heatStrip", () => {
  it("draws a cell per month, shaded by level, with its label and every count in the description", () => {
    const months = ["Jan", "Feb", "Mar"].map((short, i) => ({ label: `${short} 2025`, short, count: [0, 2, 4][i]! }));
    const svg = heatStrip(months, "heat", "Stories per month");
    expect(
      svg.startsWith(
        '<svg class="chart heat-strip" viewBox="0 0 88 48" role="img" aria-label="Stories per month" aria-describedby="heat-desc" focusable="false">',
      ),
    ).toBe(true);
    expect([...svg.matchAll(/<rect class="(heat-\d)" x="(\d+)"/g)].map((m) => `${m[1]}@${m[2]}`)).toEqual([
      "heat-0@0",
      "heat-2@30",
      "heat-4@60",
    ]);
    expect([...svg.matchAll(/<text class="label"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(["Jan", "Feb", "Mar"]);
    // Months with articles print their count in the cell, in the ink of its shade; an empty month prints nothing.
    expect(
      [...svg.matchAll(/<text class="count (ink-\d)" x="(\d+)"[^>]*>([^<]+)</g)].map((m) => `${m[1]}@${m[2]}:${m[3]}`),
    ).toEqual(["ink-2@44:2", "ink-4@74:4"]);
    expect(svg).toContain('<desc id="heat-desc">Jan 2025: none; Feb 2025: 2 articles; Mar 2025: 4 articles.</desc>');
  });
});

describe("cellCount", () => {
  it("prints counts in full up to 999, then in thousands that fit a cell", () => {
    expect([0, 7, 999, 1000, 1249, 9960, 12_400].map(cellCount)).toEqual(["0", "7", "999", "1k", "1.2k", "10k", "12k"]);
  });
});
