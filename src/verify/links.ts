import { load } from "cheerio";

/** A reference from a built page to another file of the site. */
export interface PageReference {
  readonly from: string;
  /** Site path after the prefix, without fragment or query. */
  readonly to: string;
}

/** The site paths a page refers to: href, src, srcset and SVG <use href>, root-relative under the prefix or relative. */
export function pageReferences(file: string, htmlText: string, pathPrefix: string): PageReference[] {
  const $ = load(htmlText);
  const refs: string[] = [];
  $("[href], [src], [srcset], use").each((_, el) => {
    const node = $(el);
    for (const attr of ["href", "src", "xlink:href"]) {
      const value = node.attr(attr);
      if (value) refs.push(value);
    }
    const srcset = node.attr("srcset");
    if (srcset) refs.push(...srcset.split(",").map((part) => part.trim().split(/\s+/)[0]!).filter(Boolean));
  });
  const base = `/${file.replace(/[^/]*$/, "")}`;
  return refs.flatMap((ref) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith("//") || ref.startsWith("#") || ref === "") return [];
    const path = ref.split(/[#?]/)[0]!;
    if (path === "") return [];
    if (path.startsWith("/")) {
      if (!path.startsWith(pathPrefix)) return [{ from: file, to: `OUTSIDE ${path}` }];
      return [{ from: file, to: `/${path.slice(pathPrefix.length)}` }];
    }
    return [{ from: file, to: new URL(path, `http://x${base}`).pathname }];
  });
}

/** The file a site path is served from: "/a/" → "a/index.html". */
export function fileForPath(path: string): string {
  const clean = decodeURIComponent(path).replace(/^\/+/, "");
  return clean === "" || clean.endsWith("/") ? `${clean}index.html` : clean;
}
