import { load } from "cheerio";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileFor, listFiles } from "./site.ts";

/** One reference from a built file to another: a link, an asset, an image candidate, an SVG <use>, a CSS url(). */
export interface Reference {
  /** The file it is in, relative to the site. */
  readonly from: string;
  /** The URL as written. */
  readonly url: string;
}

const ORIGIN = "http://site.invalid";

/** Every reference in the site's HTML pages (href, src, srcset, <use href>) and stylesheets (url()). */
export function siteReferences(root: string): Reference[] {
  const files = listFiles(root);
  const fromHtml = files
    .filter((f) => f.endsWith(".html"))
    .flatMap((from) => {
      const $ = load(readFileSync(join(root, from), "utf8"));
      const urls = [
        ...$("[href], [src], [xlink\\:href]")
          .toArray()
          .flatMap((el) => [$(el).attr("href"), $(el).attr("src"), $(el).attr("xlink:href")]),
        ...$("[srcset]")
          .toArray()
          .flatMap((el) => ($(el).attr("srcset") ?? "").split(",").map((c) => c.trim().split(/\s+/)[0])),
      ];
      return urls.filter((u): u is string => typeof u === "string" && u !== "").map((url) => ({ from, url }));
    });
  const fromCss = files
    .filter((f) => f.endsWith(".css") && !f.startsWith("pagefind/"))
    .flatMap((from) =>
      [...readFileSync(join(root, from), "utf8").matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
        .map((m) => ({ from, url: m[1]! }))
        .filter((r) => !r.url.startsWith("data:")),
    );
  return [...fromHtml, ...fromCss];
}

/**
 * The references that point into the site (root-relative, relative, or absolute under `baseUrl`) and find no file,
 * or name a fragment the target file does not have. Other sites' URLs and mailto: are not followed.
 */
export function brokenReferences(root: string, references: readonly Reference[], baseUrl: string): string[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    if (!ids.has(file)) {
      const text = readFileSync(file, "utf8");
      ids.set(file, new Set([...text.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!)));
    }
    return ids.get(file)!;
  };
  return references.flatMap((ref) => {
    const page = `/${ref.from.replace(/(^|\/)index\.html$/, "$1")}`;
    const absolute = ref.url.startsWith(baseUrl) ? ref.url.slice(baseUrl.replace(/\/$/, "").length) : ref.url;
    const url = new URL(absolute, ORIGIN + page);
    if (url.origin !== ORIGIN) return [];
    const file = fileFor(root, url.pathname);
    if (!existsSync(file)) return [`${ref.from}: ${ref.url} (no file)`];
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && /\.(html|svg)$/.test(file) && !idsOf(file).has(fragment))
      return [`${ref.from}: ${ref.url} (no #${fragment})`];
    return [];
  });
}
