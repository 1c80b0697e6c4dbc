import type { SiteModel } from "../src/site/pages.ts";

/** What every template receives besides its page: the site model and the built asset paths. */
export interface RenderContext {
  readonly model: SiteModel;
  /** Site path of the fingerprinted stylesheet. */
  readonly stylesheet: string;
  /** Shown in serve for drafts and scheduled articles. */
  readonly preview: boolean;
}
