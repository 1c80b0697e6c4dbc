import { fingerprintHash } from "../model/hash.ts";

/** A static file of the site whose name carries a hash of its content, so it can be cached for ever. */
export interface Asset {
  /** Site path, e.g. /assets/site.3f2a9c1b0d.css. */
  readonly path: string;
  readonly content: string;
}

/** The fingerprinted asset for `content`: /assets/NAME.HASH.EXT. */
export function fingerprinted(name: string, ext: string, content: string): Asset {
  return { path: `/assets/${name}.${fingerprintHash(content, 10)}.${ext}`, content };
}

/** A module the search UI imports by the name pagefind.js: /assets/NAME.HASH/pagefind.js. */
export function fingerprintedModule(name: string, content: string): Asset {
  return { path: `/assets/${name}.${fingerprintHash(content, 10)}/pagefind.js`, content };
}

/** The assets every page may link to. */
export interface SiteAssets {
  readonly stylesheet: Asset;
  /** Starts Pagefind's search UI on /search/. */
  readonly searchScript: Asset;
  /**
   * Pagefind's search API over several bundles, as the search UI loads it (/assets/search-bundles.HASH/pagefind.js):
   * leaves out the answers of bundles that only matched the beginning of a query's word.
   */
  readonly searchBundles: Asset;
  /** Loads an embedded video's player when the reader asks (article pages with embeds). */
  readonly embedScript: Asset;
  /** Sends WordPress's /?p=N and /?page_id=N on to their redirect pages (the home page of a site with such aliases). */
  readonly queryScript: Asset;
  /** The publication's logo, for JSON-LD and feeds. */
  readonly logo: Asset;
  /** The world map's shapes, shared by every page that shows a map (<use href="…#c250">). */
  readonly worldMap: Asset;
}

/** Every asset as a list, for writing. */
export function assetList(assets: SiteAssets): Asset[] {
  return Object.values(assets) as Asset[];
}
