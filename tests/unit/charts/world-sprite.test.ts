import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { buildWorldSprite, type CountriesTopology, type WorldSprite } from "../../../src/charts/world-sprite.ts";

const atlas = (name: string) =>
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`world-atlas/${name}`), "utf8")) as CountriesTopology;
let sprite: WorldSprite;

beforeAll(() => {
  sprite = buildWorldSprite(atlas("countries-110m.json"), atlas("countries-50m.json"));
});

describe("buildWorldSprite", () => {
  it("projects every country but Antarctica into a path named by its ISO numeric code", () => {
    expect(sprite.width).toBe(1000);
    expect(sprite.height).toBe(440);
    expect(sprite.svg).toContain('<path id="c250" d="M');
    expect(sprite.svg).toContain('<path id="c826" d="M');
    expect(sprite.svg).not.toContain('id="c010"');
    expect(sprite.svg).toContain('<path id="land" d="M');
    expect(sprite.svg).toContain('<path id="borders" d="M');
  });

  it("writes whole-unit relative coordinates only, so the shared file stays small", () => {
    const paths = [...sprite.svg.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]!);
    for (const d of paths) expect(d).toMatch(/^(M-?\d+ -?\d+(l-?\d+[ -]?-?\d+)*z?)+$/);
    expect(sprite.svg.length).toBeLessThan(100_000);
  });

  it("places a country by its largest polygon: mainland France, not French Guiana", () => {
    const france = sprite.countries.get("250")!;
    expect(france.shape).toBe(true);
    expect(france.x).toBeGreaterThan(490);
    expect(france.x).toBeLessThan(520);
    expect(france.bounds[2] - france.bounds[0]).toBeLessThan(40);
  });

  it("places countries too small for the coarse atlas from the finer one, without a shape", () => {
    const singapore = sprite.countries.get("702")!;
    expect(singapore.shape).toBe(false);
    expect(singapore.x).toBeGreaterThan(780);
    expect(sprite.svg).not.toContain('id="c702"');
  });

  it("draws Kosovo, which the atlas has without an ISO numeric id, under its code XK", () => {
    expect(sprite.svg).toContain('<path id="cXK" d="M');
    const kosovo = sprite.countries.get("XK")!;
    const serbia = sprite.countries.get("688")!;
    expect(kosovo.shape).toBe(true);
    // South of Serbia's centre, within a few map units.
    expect(kosovo.y).toBeGreaterThan(serbia.y);
    expect(Math.abs(kosovo.x - serbia.x)).toBeLessThan(5);
  });

  it("gives the same file for the same atlas", () => {
    expect(buildWorldSprite(atlas("countries-110m.json")).svg).toBe(sprite.svg);
  });
});
