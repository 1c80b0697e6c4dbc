import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fingerprinted, fingerprintedModule, type Asset, type SiteAssets } from "../site/assets.ts";
import { logoSvg } from "../site/logo.ts";
import type { WorldSprite } from "../charts/world-sprite.ts";

/** The stylesheet and search script as shipped in layouts/assets/, read once per build process. */
export interface AssetSources {
  readonly css: string;
  readonly searchScript: Asset;
  readonly searchBundles: Asset;
  readonly embedScript: Asset;
  readonly queryScript: Asset;
}

const asset = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../layouts/assets/${name}`, import.meta.url)), "utf8");

/** Reads layouts/assets/: the stylesheet, the search page's script, the embeds' loader and the home page's follower of WordPress short addresses. */
export function readAssetSources(): AssetSources {
  return {
    css: asset("site.css"),
    searchScript: fingerprinted("search", "js", asset("search.js")),
    searchBundles: fingerprintedModule("search-bundles", asset("search-bundles.js")),
    embedScript: fingerprinted("embed", "js", asset("embed.js")),
    queryScript: fingerprinted("query-redirect", "js", asset("query-redirect.js")),
  };
}

/** The fingerprinted assets of a site titled `title` with the world map `world`. */
export function builtAssets(sources: AssetSources, title: string, world: WorldSprite): SiteAssets {
  return {
    stylesheet: fingerprinted("site", "css", sources.css),
    searchScript: sources.searchScript,
    searchBundles: sources.searchBundles,
    embedScript: sources.embedScript,
    queryScript: sources.queryScript,
    logo: fingerprinted("logo", "svg", logoSvg(title)),
    worldMap: fingerprinted("world", "svg", world.svg),
  };
}
