import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { buildWorldSprite, type CountriesTopology, type WorldSprite } from "../charts/world-sprite.ts";

let projected: WorldSprite | undefined;

/**
 * The world map sprite from world-atlas (countries at 1:110m for shapes, 1:50m only to place the smallest
 * countries), projected once per process: the atlas is the same for every build, so serve's rebuilds reuse it.
 */
export function worldSprite(): WorldSprite {
  if (!projected) {
    const require = createRequire(import.meta.url);
    const atlas = (name: string) =>
      JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), "utf8")) as CountriesTopology;
    projected = buildWorldSprite(atlas("countries-110m.json"), atlas("countries-50m.json"));
  }
  return projected;
}
