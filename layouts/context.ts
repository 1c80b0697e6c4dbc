import type { WorldSprite } from "../src/charts/world-sprite.ts";
import type { SiteAssets } from "../src/site/assets.ts";
import type { ResponsiveImage } from "../src/site/responsive-image.ts";
import type { SiteModel } from "../src/site/site-model.ts";

/** What every template receives besides its page: the site model and the built asset paths. */
export interface RenderContext {
  readonly model: SiteModel;
  /** Fingerprinted assets (stylesheet, search script, logo). */
  readonly assets: SiteAssets;
  /** Where each country is on the world map sprite (assets.worldMap). */
  readonly world: Pick<WorldSprite, "width" | "height" | "countries">;
  /** Lead images from the content folder, resized, by the path front-matter gives. */
  readonly images: ReadonlyMap<string, ResponsiveImage>;
  /** Shown in serve for drafts and scheduled articles. */
  readonly preview: boolean;
  /** Site paths of the search index's Pagefind bundles; the search page loads the first and merges the others. */
  readonly searchBundles: readonly string[];
}
