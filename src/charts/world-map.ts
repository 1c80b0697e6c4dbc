import { escapeHtml } from "../render/html.ts";
import type { CountryPlace } from "./world-sprite.ts";

/** A country to highlight: its key on the sprite (mapIdOf) and the name the page shows. */
export interface MapCountry {
  readonly id: string;
  readonly name: string;
}

/** What a page's map needs of the shared sprite: its URL and where countries are. */
export interface MapSprite {
  /** URL of the sprite file, as the page links it. */
  readonly href: string;
  readonly width: number;
  readonly height: number;
  readonly countries: ReadonlyMap<string, CountryPlace>;
}

/** Countries below this projected area (square map units) get a ring so they can be seen at all. */
const SMALL_AREA = 60;
/** The narrowest view, as a share of the world's width: zooming in further shows too little to place it. */
const MIN_VIEW = 0.16;

/**
 * A small world map highlighting `countries`, zoomed to the region that holds them. The geometry is never in the
 * page: every shape is a <use> of the shared sprite, and colours come from the stylesheet (classes map-land,
 * map-hl, map-borders, map-ring). `title` is its accessible name (aria-label: an SVG <title> would read as a
 * second page title to tools that look for one).
 */
export function worldMapSvg(sprite: MapSprite, countries: readonly MapCountry[], title: string): string {
  const placed = countries.flatMap((c) => {
    const place = sprite.countries.get(c.id);
    return place ? [{ ...c, place }] : [];
  });
  const [vx, vy, vw, vh] = viewFor(
    sprite,
    placed.map((c) => c.place),
  );
  const ring = (vw / 90).toFixed(1);
  const use = (fragment: string, cls: string) => `<use href="${escapeHtml(sprite.href)}#${fragment}" class="${cls}"/>`;
  const shapes = placed.filter((c) => c.place.shape).map((c) => use(`c${c.id}`, "map-hl"));
  const rings = placed
    .filter((c) => c.place.area < SMALL_AREA)
    .map((c) => `<circle class="map-ring" cx="${c.place.x.toFixed(1)}" cy="${c.place.y.toFixed(1)}" r="${ring}"/>`);
  return (
    `<svg class="world-map" viewBox="${vx} ${vy} ${vw} ${vh}" role="img" aria-label="${escapeHtml(title)}" focusable="false">` +
    use("land", "map-land") +
    shapes.join("") +
    use("borders", "map-borders") +
    rings.join("") +
    "</svg>"
  );
}

// The view box: the highlighted countries' main bodies with a margin, widened to the map's aspect ratio and a
// minimum width, kept inside the map. No country: the whole world.
function viewFor(sprite: MapSprite, places: readonly CountryPlace[]): [number, number, number, number] {
  const whole: [number, number, number, number] = [0, 0, sprite.width, sprite.height];
  if (places.length === 0) return whole;
  const x0 = Math.min(...places.map((p) => p.bounds[0]));
  const y0 = Math.min(...places.map((p) => p.bounds[1]));
  const x1 = Math.max(...places.map((p) => p.bounds[2]));
  const y1 = Math.max(...places.map((p) => p.bounds[3]));
  const aspect = sprite.width / sprite.height;
  let w = Math.max((x1 - x0) * 1.6, sprite.width * MIN_VIEW, (y1 - y0) * 1.6 * aspect);
  if (w >= sprite.width * 0.8) return whole;
  w = Math.round(w);
  const h = Math.round(w / aspect);
  const x = clamp(Math.round((x0 + x1) / 2 - w / 2), 0, sprite.width - w);
  const y = clamp(Math.round((y0 + y1) / 2 - h / 2), 0, sprite.height - h);
  return [x, y, w, h];
}

function clamp(n: number, low: number, high: number): number {
  return Math.min(Math.max(n, low), high);
}
