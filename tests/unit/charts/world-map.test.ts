import { describe, expect, it } from "vitest";
import { worldMapSvg, type MapSprite } from "../../../src/charts/world-map.ts";

const SPRITE: MapSprite = {
  href: "/assets/world.abc.svg",
  width: 1000,
  height: 440,
  countries: new Map([
    ["528", { x: 512.4, y: 101.2, bounds: [509, 98, 516, 104], area: 30, shape: true }],
    ["250", { x: 505.6, y: 120.1, bounds: [489, 105, 520, 133], area: 562, shape: true }],
    ["702", { x: 793.8, y: 240.6, bounds: [793, 240, 795, 241], area: 0, shape: false }],
  ]),
};

describe("worldMapSvg", () => {
  it("uses the shared sprite for land, highlighted countries and borders, never inlining a shape", () => {
    const svg = worldMapSvg(SPRITE, [{ id: "250", name: "France" }], "Map of the world with France highlighted");
    expect(svg).toBe(
      '<svg class="world-map" viewBox="425 84 160 70" role="img" aria-label="Map of the world with France highlighted" focusable="false">' +
        '<use href="/assets/world.abc.svg#land" class="map-land"/>' +
        '<use href="/assets/world.abc.svg#c250" class="map-hl"/>' +
        '<use href="/assets/world.abc.svg#borders" class="map-borders"/>' +
        "</svg>",
    );
  });

  it("rings countries too small to see, and places those without a shape by their ring alone", () => {
    const svg = worldMapSvg(
      SPRITE,
      [
        { id: "528", name: "Netherlands" },
        { id: "702", name: "Singapore" },
      ],
      "Map",
    );
    expect(svg).toContain('<use href="/assets/world.abc.svg#c528" class="map-hl"/>');
    expect(svg).not.toContain("#c702");
    expect(
      [...svg.matchAll(/<circle class="map-ring" cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => `${m[1]},${m[2]}`),
    ).toEqual(["512.4,101.2", "793.8,240.6"]);
    // Both fit a view of the map's aspect around them, centred on their joint bounds.
    expect(svg).toContain('viewBox="392 55 520 229"');
  });

  it("shows the whole world when no country can be placed, and escapes the title", () => {
    const svg = worldMapSvg(SPRITE, [{ id: "999", name: "Nowhere" }], 'A "map" <here>');
    expect(svg).toContain('viewBox="0 0 1000 440"');
    expect(svg).toContain('aria-label="A &quot;map&quot; &lt;here&gt;"');
    expect(svg).not.toContain("map-hl");
  });
});
