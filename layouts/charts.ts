import { coverageChart, type CoveragePoint } from "../src/charts/coverage-over-time.ts";
import { heatStrip } from "../src/charts/heat-strip.ts";
import { worldMapSvg, type MapCountry } from "../src/charts/world-map.ts";
import { html, raw, type SafeHtml } from "../src/render/html.ts";
import type { RenderContext } from "./context.ts";

// Charts are SVG strings built by newsdesk from counts and codes (every text in them escaped there): the one
// kind of markup besides rendered Markdown that layouts pass through raw().

/** A world map highlighting `countries`, with a caption ("Countries in this story:" + `names`); nothing without countries. */
export function mapFigure(
  ctx: RenderContext,
  countries: readonly MapCountry[],
  caption: string,
  names: string,
): SafeHtml {
  // A territory the atlas has no place for (one added in entities.yaml) would leave a map with nothing marked.
  if (!countries.some((c) => ctx.world.countries.has(c.id))) return html``;
  const sprite = { ...ctx.world, href: ctx.model.content.urls.href(ctx.assets.worldMap.path) };
  return html`<figure class="map-figure">
  ${raw(worldMapSvg(sprite, countries, `Map of the world with ${names} highlighted`))}
  <figcaption>${caption} ${names}</figcaption>
</figure>`;
}

/** Articles per year or month for a topic, with the total in the caption; nothing for an empty series. */
export function coverageFigure(points: readonly CoveragePoint[], name: string, id: string): SafeHtml {
  if (points.length === 0) return html``;
  const unit = points.length > 0 && /^\d{4}$/.test(points[0]!.label) ? "year" : "month";
  const range = points.length > 1 ? `${points[0]!.label} to ${points[points.length - 1]!.label}` : points[0]!.label;
  return html`<figure class="chart-figure">
  <figcaption>Coverage by ${unit}, ${range}</figcaption>
  ${raw(coverageChart(points, id, `Articles about ${name} per ${unit}, ${range}`))}
</figure>`;
}

/** A year's strip of months, January to December, with the year's total. */
export function yearFigure(months: readonly CoveragePoint[], year: number): SafeHtml {
  const total = months.reduce((n, m) => n + m.count, 0);
  return html`<figure class="heat-figure year-figure">
  <figcaption>${total} ${total === 1 ? "story" : "stories"} in ${year}, month by month</figcaption>
  ${raw(heatStrip(months, "year-heat", `Stories per month in ${year}`))}
</figure>`;
}

/** The home page's strip of the last twelve months; nothing without articles. */
export function heatFigure(
  months: readonly CoveragePoint[],
  archivePath: string | undefined,
  ctx: RenderContext,
): SafeHtml {
  if (months.length === 0) return html``;
  const total = months.reduce((n, m) => n + m.count, 0);
  const range = `${months[0]!.label} to ${months[months.length - 1]!.label}`;
  return html`<figure class="heat-figure">
  <figcaption><span class="figure-title">The last 12 months</span> ${total} ${total === 1 ? "story" : "stories"}, ${range}</figcaption>
  ${raw(heatStrip(months, "heat", `Stories per month, ${range}`))}
  ${archivePath ? html`<p class="more"><a href="${ctx.model.content.urls.href(archivePath)}">Browse the archive by month</a></p>` : ""}
</figure>`;
}
