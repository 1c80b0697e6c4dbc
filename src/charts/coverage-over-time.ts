import { escapeHtml } from "../render/html.ts";

/** One period of a coverage chart: a year or a month. */
export interface CoveragePoint {
  /** Full name of the period for the text alternative: "2018", "March 2024". */
  readonly label: string;
  /** Axis label, or "" to leave this bar unlabelled (months between quarters). */
  readonly short: string;
  readonly count: number;
}

const WIDTH = 360;
const HEIGHT = 132;
const TOP = 16;
const AXIS = 108;

/**
 * Articles per period as an SVG bar chart. `title` names it (aria-label); its <desc> gives every period's count
 * in words, so the picture has a complete text alternative. Counts above bars are shown when there are few bars.
 */
export function coverageChart(points: readonly CoveragePoint[], id: string, title: string): string {
  const max = Math.max(1, ...points.map((p) => p.count));
  const slot = WIDTH / Math.max(1, points.length);
  const barWidth = slot * 0.7;
  const withValues = points.length <= 16;
  const bars = points.map((p, i) => {
    const x = i * slot + (slot - barWidth) / 2;
    const h = ((AXIS - TOP) * p.count) / max;
    const centre = (x + barWidth / 2).toFixed(1);
    const bar =
      p.count > 0
        ? `<rect class="bar" x="${x.toFixed(1)}" y="${(AXIS - h).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}"/>`
        : "";
    const value =
      withValues && p.count > 0
        ? `<text class="value" x="${centre}" y="${(AXIS - h - 4).toFixed(1)}" text-anchor="middle">${p.count}</text>`
        : "";
    const label = p.short
      ? `<text class="label" x="${centre}" y="${AXIS + 16}" text-anchor="middle">${escapeHtml(p.short)}</text>`
      : "";
    return bar + value + label;
  });
  const peak = withValues
    ? ""
    : `<text class="value" x="0" y="${TOP - 4}">${max}</text><line class="grid" x1="0" x2="${WIDTH}" y1="${TOP}" y2="${TOP}"/>`;
  return (
    `<svg class="chart coverage-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(title)}" aria-describedby="${id}-desc" focusable="false">` +
    `<desc id="${id}-desc">${escapeHtml(describe(points))}</desc>` +
    peak +
    bars.join("") +
    `<line class="axis" x1="0" x2="${WIDTH}" y1="${AXIS}" y2="${AXIS}"/>` +
    "</svg>"
  );
}

/** Every period's count in words: "2016: 2 articles; 2017: none; …". */
export function describe(points: readonly CoveragePoint[]): string {
  return (
    points
      .map((p) => `${p.label}: ${p.count === 0 ? "none" : p.count === 1 ? "1 article" : `${p.count} articles`}`)
      .join("; ") + "."
  );
}
