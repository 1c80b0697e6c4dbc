import { load, type CheerioAPI } from "cheerio";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Every file of a built site, relative to it, sorted. */
export function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(root, path) : [relative(root, path)];
    })
    .sort();
}

/** A built page parsed with cheerio; `path` is a site path like /2019/03/x/. */
export function page(root: string, path: string): CheerioAPI {
  return load(readFileSync(fileFor(root, path), "utf8"));
}

/** The file a site path is served from. */
export function fileFor(root: string, path: string): string {
  const clean = decodeURI(path.split("#")[0]!.split("?")[0]!);
  return join(root, clean.endsWith("/") ? `${clean}index.html` : clean);
}

/** True when a site path resolves to a file of the build. */
export function exists(root: string, path: string): boolean {
  return existsSync(fileFor(root, path));
}

/** Internal links and assets (href/src starting with one "/") of every HTML page, with the page they are on. */
export function internalLinks(root: string): { from: string; to: string }[] {
  return listFiles(root)
    .filter((f) => f.endsWith(".html"))
    .flatMap((f) => {
      const $ = load(readFileSync(join(root, f), "utf8"));
      return $("[href], [src]")
        .toArray()
        .map((el) => $(el).attr("href") ?? $(el).attr("src") ?? "")
        .filter((to) => to.startsWith("/") && !to.startsWith("//"))
        .map((to) => ({ from: f, to }));
    });
}
