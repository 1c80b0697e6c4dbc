import { isSafePageLink } from "../model/safe-url.ts";

/** How a link or image target of raw HTML is read: the site's path prefix, markdown-it's URL normaliser. */
export interface RawUrlOptions {
  readonly pathPrefix: string;
  readonly normalizeLink: (url: string) => string;
}

/**
 * A link or image target as Markdown's would be: refused (undefined) if unsafe or protocol-relative; a root-relative
 * one under the path prefix.
 */
export function checkedUrl(written: string, options: RawUrlOptions): string | undefined {
  const url = written.trim();
  // A protocol-relative address (//host) is another site's: the sanitizer would drop it unreported.
  if (!isSafePageLink(url) || /^[\\/]{2}/.test(url)) return undefined;
  const normal = options.normalizeLink(url);
  if (!normal.startsWith("/") || normal.startsWith("//")) return normal;
  return options.pathPrefix === "/" ? normal : options.pathPrefix.replace(/\/$/, "") + normal;
}
