import { TAXONOMIES } from "../model/entity.ts";
import { checkSitePath } from "../model/safe-url.ts";
import { PATHS, termFeedPath } from "../model/urls.ts";
import { siteRedirects } from "./redirects.ts";
import type { SiteModel } from "./site-model.ts";

/** Every address the site answers: the paths it produces, and the old addresses it redirects. */
export interface SiteAddresses {
  /** Pages, feeds and machine files. */
  readonly pages: ReadonlySet<string>;
  /** Old addresses (front-matter aliases, renamed topics and their feeds) in their normal form, and where each leads. */
  readonly redirects: ReadonlyMap<string, string>;
}

/** Every site path the model produces: pages, feeds and machine files. */
export function producedPaths(model: SiteModel): Set<string> {
  const feeds = TAXONOMIES.flatMap((kind) => model.terms[kind].map((t) => termFeedPath(kind, t.entity.slug)));
  return new Set([...model.pages.map((p) => p.path), ...Object.values(PATHS), ...feeds]);
}

/** The addresses of the site the model makes (a redirect claimed twice keeps its first target, as the check reports). */
export function siteAddresses(model: SiteModel): SiteAddresses {
  const redirects = new Map<string, string>();
  for (const { from, to } of siteRedirects(model)) if (!redirects.has(from)) redirects.set(from, to);
  return { pages: producedPaths(model), redirects };
}

/** A path in checkSitePath's normal form ("/caf%c3%a9/" is "/caf%C3%A9/"), or as written when it is no site path. */
export function normalPath(path: string): string {
  // Only an escape or a character a browser escapes has another normal form: most links are their own.
  if (!/[^A-Za-z0-9._~!$&'()+,;=:@/-]/.test(path)) return path;
  const checked = checkSitePath(path);
  return checked.ok ? checked.value : path;
}
