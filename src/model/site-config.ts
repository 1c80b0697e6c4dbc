import { checkBaseUrl } from "./safe-url.ts";
import { RELATED_SETTINGS_DEFAULTS, type RelatedSettings } from "./related-settings.ts";

/** Site metadata from _data/site.yaml, every field filled in. */
export interface SiteConfig {
  readonly title: string;
  /** Absolute base URL without trailing slash, e.g. https://example.org. */
  readonly url: string;
  /** BCP 47 language tag. */
  readonly language: string;
  /** IANA time zone that dates without a time belong to. */
  readonly timezone: string;
  readonly description: string;
  /** Copyright holder's name. */
  readonly copyright: string;
  /** "/" or "/prefix/": where the site is served from on its host. */
  readonly pathPrefix: string;
  /** Articles per list page. */
  readonly perPage: number;
  /** How related articles are weighted (site.yaml related:). */
  readonly related: RelatedSettings;
  /** Raw HTML in articles: through newsdesk's allowlist ("allowlist"), or shown as text ("text"). */
  readonly html: "allowlist" | "text";
  /** Hosts whose <iframe> embeds articles may show (as click-to-load placeholders); the CSP frames only these. */
  readonly embeds: readonly string[];
}

/** What a missing site.yaml or field falls back to. */
export const SITE_DEFAULTS: SiteConfig = {
  title: "newsdesk",
  url: "http://localhost:8080",
  language: "en",
  timezone: "UTC",
  description: "A news archive built with newsdesk.",
  copyright: "newsdesk",
  pathPrefix: "/",
  perPage: 20,
  related: RELATED_SETTINGS_DEFAULTS,
  html: "allowlist",
  // YouTube (always shown from its no-cookie host, src/content/embeds.ts) and Vimeo.
  embeds: ["www.youtube-nocookie.com", "www.youtube.com", "player.vimeo.com"],
};

/** "https://x.org/" → "https://x.org". */
export function normaliseBaseUrl(url: string): string {
  return url.replace(/\/+$/, "");
}

/** "news" or "/news" → "/news/"; "" → "/". */
export function normalisePathPrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** True for a base URL checkBaseUrl (src/model/safe-url.ts) accepts. */
export function isAbsoluteUrl(v: unknown): v is string {
  return typeof v === "string" && checkBaseUrl(v).ok;
}
