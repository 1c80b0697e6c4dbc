import { describe, expect, it } from "vitest";
import { barSvg } from "../../../src/charts/bars.ts";

describe("barSvg", () => {
  it("fills the share of the largest count, to one decimal, hidden from assistive technology", () => {
    expect(barSvg(3, 8)).toBe(
      '<svg class="share-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="bar-track" width="100" height="6"/><rect class="bar-fill" width="37.5" height="6"/></svg>',
    );
    expect(barSvg(8, 8)).toContain('<rect class="bar-fill" width="100.0" height="6"/>');
  });

  it("draws only the track for a zero count or an empty list", () => {
    expect(barSvg(0, 8)).not.toContain("bar-fill");
    expect(barSvg(0, 0)).not.toContain("bar-fill");
  });
});
