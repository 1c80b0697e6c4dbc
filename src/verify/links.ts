import { load, type CheerioAPI } from "cheerio";
import { looksLikeUrl } from "../model/safe-url.ts";

/** A reference from a built page to another file of the site. */
export interface PageReference {
  readonly from: string;
  /** Site path after the prefix, without fragment or query. */
  readonly to: string;
}

/** The site paths a page refers to: href, src, srcset and SVG <use href>, root-relative under the prefix or relative. */
export function pageReferences(file: string, htmlText: string, pathPrefix: string): PageReference[] {
  return referencesIn(file, load(htmlText), pathPrefix);
}

/** pageReferences of a page already parsed. */
export function referencesIn(file: string, $: CheerioAPI, pathPrefix: string): PageReference[] {
  const refs: string[] = [];
  $("[href], [src], [srcset], use").each((_, el) => {
    const node = $(el);
    for (const attr of ["href", "src", "xlink:href"]) {
      const value = node.attr(attr);
      if (value) refs.push(value);
    }
    const srcset = node.attr("srcset");
    if (srcset)
      refs.push(
        ...srcset
          .split(",")
          .map((part) => part.trim().split(/\s+/)[0]!)
          .filter(Boolean),
      );
  });
  const base = `/${file.replace(/[^/]*$/, "")}`;
  return refs.flatMap((ref) => {
    // Links with a scheme or host (javascript: included, which page-safety.ts reports) are not files of the site.
    if (looksLikeUrl(ref) || ref.startsWith("#") || ref === "") return [];
    const path = ref.split(/[#?]/)[0]!;
    if (path === "") return [];
    if (path.startsWith("/")) {
      if (!path.startsWith(pathPrefix)) return [{ from: file, to: `OUTSIDE ${path}` }];
      return [{ from: file, to: `/${path.slice(pathPrefix.length)}` }];
    }
    try {
      return [{ from: file, to: new URL(path, `http://x${base}`).pathname }];
    } catch {
      return [{ from: file, to: path }];
    }
  });
}

/** The file a site path is served from: "/a/" → "a/index.html"; a malformed escape (%zz) is kept as written. */
export function fileForPath(path: string): string {
  const clean = decodeOrKeep(path).replace(/^\/+/, "");
  return clean === "" || clean.endsWith("/") ? `${clean}index.html` : clean;
}

// "/old%zz/" cannot be decoded: no file has that name, and verify says so instead of ending with a URIError.
function decodeOrKeep(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
