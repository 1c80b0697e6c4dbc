import type { SiteAssets } from "../src/site/assets.ts";
import type { SiteModel } from "../src/site/pages.ts";

/** What every template receives besides its page: the site model and the built asset paths. */
export interface RenderContext {
  readonly model: SiteModel;
  /** Fingerprinted assets (stylesheet, search script, logo). */
  readonly assets: SiteAssets;
  /** Shown in serve for drafts and scheduled articles. */
  readonly preview: boolean;
}
