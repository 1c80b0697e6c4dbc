import { geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature, merge, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/** Where a country sits on the projected map, in the sprite's coordinates. */
export interface CountryPlace {
  /** Centre of the country's largest polygon (mainland France, not French Guiana). */
  readonly x: number;
  readonly y: number;
  /** Bounds of the largest polygon: [x0, y0, x1, y1]. */
  readonly bounds: readonly [number, number, number, number];
  /** Projected area of the whole country in square units; tiny countries get a marker. */
  readonly area: number;
  /** False when the country is too small to have a path of its own at this scale. */
  readonly shape: boolean;
}

/** The world map, projected once: the sprite file's text and where each country is. */
export interface WorldSprite {
  /** SVG document with a <path id> for `land`, `borders` and each country (`c` + its id, see mapIdOf). */
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** By id: ISO 3166-1 numeric code ("250"), or alpha-2 code for a place ISO does not number ("XK"). */
  readonly countries: ReadonlyMap<string, CountryPlace>;
}

/** The sprite's width in map units; the height follows from the projection. */
export const WORLD_WIDTH = 1000;
const ANTARCTICA = "010";
// world-atlas features without an ISO numeric id that a country of newsdesk's list stands for, by atlas name.
const UNNUMBERED: Readonly<Record<string, string>> = { Kosovo: "XK" };

/** A country's key on the sprite: its ISO 3166-1 numeric code, else its alpha-2 code (Kosovo: XK). */
export function mapIdOf(country: { readonly numeric?: string; readonly code?: string }): string | undefined {
  return country.numeric ?? country.code;
}

// A feature's key: its ISO numeric id, or the code of an unnumbered place newsdesk knows; undefined for the rest.
function featureId(f: CountryFeature): string | undefined {
  return f.id !== undefined
    ? String(f.id)
    : Object.hasOwn(UNNUMBERED, f.properties.name)
      ? UNNUMBERED[f.properties.name]
      : undefined;
}

/** world-atlas's countries file (countries-110m.json, countries-50m.json) as topojson-client reads it. */
export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

/**
 * Projects world-atlas's countries (Equal Earth, Antarctica left out) into one SVG sprite of paths that pages
 * reference with <use href="sprite.svg#c250">. Coordinates are whole map units, written relative, so the file is small.
 * `detail`, a finer atlas, only places the countries too small for `topology` (Singapore, Malta), for markers.
 */
export function buildWorldSprite(topology: CountriesTopology, detail?: CountriesTopology): WorldSprite {
  const object = topology.objects.countries;
  const kept = { ...object, geometries: object.geometries.filter((g) => g.id !== ANTARCTICA) };
  const collection = feature(topology, kept) as unknown as { features: CountryFeature[] };
  const projection: GeoProjection = geoEqualEarth().fitWidth(WORLD_WIDTH, {
    type: "FeatureCollection",
    features: collection.features,
  });
  const measure = geoPath(projection);
  const [[, top], [, bottom]] = measure.bounds({ type: "FeatureCollection", features: collection.features });
  const height = Math.ceil(bottom - Math.min(0, top));
  const draw = (object: Parameters<typeof measure>[0]): string => {
    const writer = new RelativePath();
    geoPath(projection, writer)(object);
    return writer.toString();
  };

  const countries = new Map<string, CountryPlace>();
  const paths: string[] = [];
  const withIds = collection.features
    .flatMap((f) => {
      const id = featureId(f);
      return id === undefined ? [] : [{ id, country: f }];
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  for (const { id, country } of withIds) {
    const d = draw(country);
    const largest = largestPolygon(country, (p) => measure.area(p));
    const [[x0, y0], [x1, y1]] = measure.bounds(largest);
    const [cx, cy] = measure.centroid(largest);
    countries.set(id, {
      x: round1(cx),
      y: round1(cy),
      bounds: [Math.floor(x0), Math.floor(y0), Math.ceil(x1), Math.ceil(y1)],
      area: Math.round(measure.area(country)),
      shape: d !== "",
    });
    if (d) paths.push(`<path id="c${id}" d="${d}"/>`);
  }
  if (detail) {
    const fine = feature(detail, detail.objects.countries) as unknown as { features: CountryFeature[] };
    for (const country of fine.features) {
      const id = featureId(country);
      if (id === undefined || id === ANTARCTICA || countries.has(id)) continue;
      const [x, y] = measure.centroid(country);
      const [[x0, y0], [x1, y1]] = measure.bounds(country);
      if (!Number.isFinite(x)) continue;
      countries.set(id, {
        x: round1(x),
        y: round1(y),
        bounds: [Math.floor(x0), Math.floor(y0), Math.ceil(x1), Math.ceil(y1)],
        area: Math.round(measure.area(country)),
        shape: false,
      });
    }
  }
  const land = draw(merge(topology, kept.geometries as Parameters<typeof merge>[1]));
  const borders = draw(mesh(topology, kept, (a, b) => a !== b));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WORLD_WIDTH} ${height}">
<defs>
<path id="land" d="${land}"/>
<path id="borders" d="${borders}" fill="none" vector-effect="non-scaling-stroke"/>
${paths.join("\n")}
</defs>
</svg>
`;
  return { svg, width: WORLD_WIDTH, height, countries };
}

// The polygon of a (multi)polygon feature with the largest area, as a feature of its own.
function largestPolygon(country: CountryFeature, area: (f: Feature) => number): Feature<Polygon> {
  const polygons = country.geometry.type === "Polygon" ? [country.geometry.coordinates] : country.geometry.coordinates;
  const features = polygons.map((coordinates): Feature<Polygon> => ({
    type: "Feature",
    properties: {},
    geometry: { type: "Polygon", coordinates },
  }));
  return features.reduce((best, f) => (area(f) > area(best) ? f : best));
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

// A d3-geo path context that writes whole-unit, relative commands and drops points that round onto the last one.
class RelativePath {
  private readonly parts: string[] = [];
  private x = 0;
  private y = 0;
  private ring: string[] = [];

  moveTo(x: number, y: number): void {
    this.flush();
    const rx = Math.round(x);
    const ry = Math.round(y);
    this.ring = [`M${rx} ${ry}`];
    this.x = rx;
    this.y = ry;
  }

  lineTo(x: number, y: number): void {
    const rx = Math.round(x);
    const ry = Math.round(y);
    if (rx === this.x && ry === this.y) return;
    this.ring.push(`l${rx - this.x} ${ry - this.y}`);
    this.x = rx;
    this.y = ry;
  }

  closePath(): void {
    this.ring.push("z");
    this.flush();
  }

  beginPath(): void {
    // Rings are delimited by moveTo and closePath.
  }

  arc(): void {
    // Only used for point geometries, which the atlas has none of.
  }

  private flush(): void {
    // A ring that rounds to fewer than three points is too small to see at this scale.
    const points = this.ring.filter((p) => p !== "z").length;
    if (points >= 3 || (points >= 2 && !this.ring.includes("z"))) this.parts.push(this.ring.join(""));
    this.ring = [];
  }

  toString(): string {
    this.flush();
    return this.parts
      .join("")
      .replace(/l(-?\d+) (-?\d+)/g, (_, a: string, b: string) => `l${a}${b.startsWith("-") ? "" : " "}${b}`);
  }
}
