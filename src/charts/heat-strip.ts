import { escapeHtml } from "../render/html.ts";
import { describe, type CoveragePoint } from "./coverage-over-time.ts";

const CELL = 28;
const GAP = 2;
const LEVELS = 4;

/** The shade of a count against the strip's busiest month: 0 for none, else 1 (quiet) to 4 (busiest). */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((count / max) * LEVELS));
}

/** A month's count as printed in its cell: in full up to 999, then in thousands ("1.2k", "12k"). */
export function cellCount(count: number): string {
  if (count < 1000) return String(count);
  const thousands = count / 1000;
  return `${thousands < 10 ? Number(thousands.toFixed(1)) : Math.round(thousands)}k`;
}

/**
 * A row of month cells shaded by how many articles each month had (classes heat-0 … heat-4, coloured by the
 * stylesheet in both themes), labelled underneath. Each month with articles prints its count in its cell, so
 * the shade only adds to what the text says; the description lists every month's count in words.
 */
export function heatStrip(months: readonly CoveragePoint[], id: string, title: string): string {
  const max = Math.max(0, ...months.map((m) => m.count));
  const width = months.length * (CELL + GAP) - GAP;
  const cells = months.map((m, i) => {
    const x = i * (CELL + GAP);
    const label = m.short
      ? `<text class="label" x="${x + CELL / 2}" y="${CELL + 14}" text-anchor="middle">${escapeHtml(m.short)}</text>`
      : "";
    const level = heatLevel(m.count, max);
    const count =
      level > 0
        ? `<text class="count ink-${level}" x="${x + CELL / 2}" y="${CELL / 2 + 4}" text-anchor="middle">${cellCount(m.count)}</text>`
        : "";
    return `<rect class="heat-${level}" x="${x}" y="0" width="${CELL}" height="${CELL}" rx="3"/>${count}${label}`;
  });
  return (
    `<svg class="chart heat-strip" viewBox="0 0 ${Math.max(width, 1)} ${CELL + 20}" role="img" aria-label="${escapeHtml(title)}" aria-describedby="${id}-desc" focusable="false">` +
    `<desc id="${id}-desc">${escapeHtml(describe(months))}</desc>` +
    cells.join("") +
    "</svg>"
  );
}
