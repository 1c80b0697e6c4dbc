import type { WxrChannel } from "./wxr-records.ts";

/** Where a URL of a body points on the old WordPress site: a page (its path and query) or an uploaded file. */
export type OldTarget =
  | { readonly kind: "page"; readonly path: string; readonly fragment: string }
  | { readonly kind: "upload"; readonly file: string; readonly url: string };

const UPLOADS = "/wp-content/uploads/";

/**
 * The old site's addresses: its hosts (channel link, base site and blog URLs, with and without www.) decide
 * which absolute links were internal; root-relative links and "?p=12" were internal too.
 */
export class OldSite {
  private readonly hosts: ReadonlySet<string>;
  /** The site's own base URL (no trailing slash), to make a root-relative upload absolute again. */
  readonly base: string;

  constructor(channel: WxrChannel) {
    const urls = [channel.baseSiteUrl, channel.baseBlogUrl, channel.link].filter((u) => /^https?:\/\//i.test(u));
    const hosts = urls.map((u) => hostOf(u)).filter((h): h is string => h !== undefined);
    this.hosts = new Set(hosts.flatMap((h) => [h, h.startsWith("www.") ? h.slice(4) : `www.${h}`]));
    this.base = (channel.link || channel.baseSiteUrl || channel.baseBlogUrl).replace(/\/+$/, "");
  }

  /**
   * What an href or src points at on the old site, or undefined for another site, a fragment, mail… A relative
   * one ("../x/", "chart.png") is read against `page`, the URL of the post it is in, when known.
   */
  target(href: string, page?: string): OldTarget | undefined {
    const written = href.trim();
    if (written === "" || written.startsWith("#") || written.startsWith("//")) return undefined;
    const relative = !/^[a-z][a-z0-9+.-]*:/i.test(written) && !written.startsWith("/") && !written.startsWith("?");
    const value = relative && page ? resolveOn(written, page) : written;
    let url: URL;
    try {
      url = new URL(value, "http://old-site.invalid/");
    } catch {
      return undefined;
    }
    const absolute = /^[a-z][a-z0-9+.-]*:/i.test(value);
    if (absolute && !((url.protocol === "http:" || url.protocol === "https:") && this.hosts.has(url.hostname))) return;
    if (!absolute && !value.startsWith("/") && !value.startsWith("?")) return undefined;
    const at = url.pathname.indexOf(UPLOADS);
    if (at !== -1) {
      const full = absolute ? value : `${this.base}${url.pathname}`;
      return { kind: "upload", file: decode(url.pathname.slice(at + UPLOADS.length)), url: full };
    }
    // Only the queries WordPress answers with a post are part of an address; tracking queries are not.
    const id = /^\?(p|page_id)=(\d+)$/.exec(url.search);
    const path = url.pathname + (id ? `?${id[1]}=${id[2]}` : "");
    return { kind: "page", path, fragment: url.hash };
  }
}

/** A URL's path and query as a site path ("https://x.org/a/?p=1" → "/a/?p=1"), or undefined if it is no URL. */
export function sitePathOf(link: string): string | undefined {
  try {
    const url = new URL(link);
    return url.pathname + url.search;
  } catch {
    return undefined;
  }
}

function resolveOn(href: string, page: string): string {
  try {
    return new URL(href, page).href;
  } catch {
    return href;
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
