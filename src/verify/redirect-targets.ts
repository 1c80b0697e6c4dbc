import type { CheerioAPI } from "cheerio";
import { checkSitePath } from "../model/safe-url.ts";
import { lineOf } from "./built-site.ts";
import type { BuiltSite, VerifyProblem } from "./built-site.ts";

const REBUILD = "rebuild the site with newsdesk build and publish that output";
const FIX = `a redirect leads to a page of this site only: ${REBUILD}`;

/** The site's origin ("https://news.example.org"), from the home page's canonical link, if it has one. */
export function siteOrigin(homeCanonical: string | undefined): string | undefined {
  if (!homeCanonical) return undefined;
  try {
    const url = new URL(homeCanonical);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

// Where a link on `file` leads, absolute, or undefined when it cannot be read as a URL.
function resolveFrom(file: string, target: string, origin: string, pathPrefix: string): URL | undefined {
  try {
    return new URL(target, `${origin}${pathPrefix}${file.replace(/[^/]*$/, "")}`);
  } catch {
    return undefined;
  }
}

/**
 * A redirect page (meta refresh) sends readers, and its canonical link sends crawlers, to a page of this site:
 * same scheme and host as the home page's canonical URL, under the path prefix.
 */
export function checkRedirectPage(
  file: string,
  $: CheerioAPI,
  origin: string | undefined,
  pathPrefix: string,
): VerifyProblem[] {
  const refreshTarget = (content = "") => /url\s*=\s*['"]?([^'"]*)/i.exec(content)?.[1]?.trim() ?? "";
  const targets = [
    ...$("meta")
      .toArray()
      .filter((el) => el.attribs["http-equiv"]?.toLowerCase() === "refresh")
      .map((el) => ({ el, what: "meta refresh", target: refreshTarget(el.attribs.content) })),
    ...$('link[rel="canonical"]')
      .toArray()
      .map((el) => ({ el, what: "canonical link", target: el.attribs.href ?? "" })),
  ];
  return targets.flatMap(({ el, what, target }): VerifyProblem[] => {
    const at = `${file}:${lineOf(el)}`;
    if (!origin) {
      const message = `its ${what} cannot be checked: index.html has no canonical URL naming the site's host`;
      return [{ check: "redirect", file: at, message }];
    }
    const url = resolveFrom(file, target, origin, pathPrefix);
    if (url && url.origin === origin && url.pathname.startsWith(pathPrefix)) return [];
    const message = `its ${what} leads to ${target}, off ${origin}${pathPrefix}; ${FIX}`;
    return [{ check: "redirect", file: at, message }];
  });
}

/**
 * Each _redirects line answers at a plain site path under the prefix (no wildcard, placeholder or encoded trick,
 * which hosts would read as a pattern) and leads to a path of this site, never to another host.
 */
export function checkRedirectLines(site: BuiltSite, origin: string | undefined, pathPrefix: string): VerifyProblem[] {
  if (!site.files.has("_redirects")) return [];
  const problems: VerifyProblem[] = [];
  site
    .read("_redirects")
    .split("\n")
    .forEach((line, i) => {
      const [from, to] = line.trim().split(/\s+/);
      if (!from || from.startsWith("#")) return;
      const at = `_redirects:${i + 1}`;
      const checked = checkSitePath(from);
      if (!checked.ok || !from.startsWith(pathPrefix)) {
        const why = checked.ok
          ? `is outside the path prefix ${pathPrefix}`
          : `${checked.reason}, which hosts read as a pattern or never match`;
        problems.push({ check: "redirect", file: at, message: `${from} ${why}; ${REBUILD}` });
      }
      if (!to) {
        problems.push({ check: "redirect", file: at, message: `${from} has no target; ${REBUILD}` });
        return;
      }
      // A site path stays on the host that serves _redirects; an absolute URL must name the site's own. Both are
      // resolved as browsers do and their origin compared, since "/\evil.example/" leaves for another host.
      const relative = to.startsWith("/") && !to.startsWith("//");
      const base = origin ?? (relative ? "http://site.invalid" : undefined);
      const url = base === undefined ? undefined : resolveFrom("", to, base, "/");
      if (!url || url.origin !== new URL(base!).origin || !url.pathname.startsWith(pathPrefix)) {
        const site = `${origin ?? "the site"}${pathPrefix}`;
        problems.push({ check: "redirect", file: at, message: `${from} leads to ${to}, off ${site}; ${FIX}` });
      }
    });
  return problems;
}
