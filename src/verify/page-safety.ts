import type { CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import { PAGE_LINK_SCHEMES, schemeOf } from "../model/safe-url.ts";
import { expectedPolicy, metaPolicy } from "../seo/headers.ts";
import { isNewsdeskScriptPath } from "../site/reserved-paths.ts";
import { lineOf, type VerifyProblem } from "./built-site.ts";

// Attributes a browser follows or loads; srcset is read candidate by candidate.
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "poster", "data", "xlink:href", "background", "cite"];
// Schemes a reader's click or the page's load may use; data: only for images (markdown-it lets those through).
const DATA_IMAGE = /^data:image\/(gif|png|jpeg|webp);/i;
// Script types browsers run; any other (application/ld+json) is a data block, which the CSP does not govern.
const RUNNABLE_TYPE = /^\s*(module|(text|application)\/(x-)?(java|ecma)script|text\/(jscript|livescript))?\s*(;.*)?$/i;
const REBUILD = "newsdesk never writes one: rebuild the site with newsdesk build and publish that output";

/**
 * What a page must never carry: an inline script, a script loaded from anywhere but the site's /assets/ and
 * search bundles, a <base> (it moves every relative link and script), an event-handler attribute (on…=), a URL
 * whose scheme is not http(s), mailto or tel (javascript:, vbscript:, data: outside images…), or a CSP <meta>
 * other than newsdesk's, placed before anything it governs. `$` is the page parsed with `sourceCodeLocationInfo`.
 */
export function checkPageSafety(file: string, $: CheerioAPI, pathPrefix = "/"): VerifyProblem[] {
  const problems: VerifyProblem[] = [];
  const report = (check: VerifyProblem["check"], el: Element, message: string) =>
    problems.push({ check, file: `${file}:${lineOf(el)}`, message: `${message}; ${REBUILD}` });
  for (const el of $("*")
    .toArray()
    .filter((node): node is Element => "attribs" in node)) {
    const tag = el.tagName.toLowerCase();
    if (tag === "script" && isInlineScript(el, $)) report("script", el, INLINE);
    const src = el.attribs.src;
    if (
      tag === "script" &&
      src !== undefined &&
      RUNNABLE_TYPE.test(el.attribs.type ?? "") &&
      !isOwnScript(file, src, pathPrefix)
    ) {
      report("script", el, `loads a script from ${src}, not from the site's own /assets/ or search bundle`);
    }
    if (tag === "base")
      report("url", el, "has a <base> element, which changes where every relative link and script leads");
    for (const [name, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(name)) report("script", el, `has an event-handler attribute ${name}= on <${tag}>`);
      for (const url of urlsIn(name.toLowerCase(), value)) {
        const scheme = schemeOf(url);
        const image = (tag === "img" || tag === "source") && name !== "href" && DATA_IMAGE.test(url.trim());
        if (scheme && !PAGE_LINK_SCHEMES.has(scheme) && !image) {
          report("url", el, `<${tag} ${name}> is a ${scheme}: URL (${ALLOWED})`);
        }
      }
    }
  }
  return [...problems, ...checkPolicyMeta(file, $)];
}

const INLINE = "has an inline <script>, which the Content-Security-Policy blocks";
const ALLOWED = "only http(s), mailto, tel and relative URLs are allowed";
const CSP = "content-security-policy";

// A script the browser would run from the page itself: no src, a runnable type, some text.
function isInlineScript(el: Element, $: CheerioAPI): boolean {
  return el.attribs.src === undefined && RUNNABLE_TYPE.test(el.attribs.type ?? "") && $(el).text().trim() !== "";
}

// A script src that resolves, from the page, to a file newsdesk writes scripts to, on the same site.
function isOwnScript(file: string, src: string, pathPrefix: string): boolean {
  const site = "http://site.invalid";
  let url: URL;
  try {
    url = new URL(src, `${site}${pathPrefix}${file.replace(/[^/]*$/, "")}`);
  } catch {
    return false;
  }
  const path = `/${url.pathname.slice(pathPrefix.length)}`;
  return url.origin === site && url.pathname.startsWith(pathPrefix) && url.search === "" && isNewsdeskScriptPath(path);
}

// The URLs an attribute holds: one, a srcset's candidates, or none.
function urlsIn(name: string, value: string): string[] {
  if (name === "srcset" || name === "imagesrcset") return srcsetUrls(value);
  return URL_ATTRIBUTES.includes(name) ? [value] : [];
}

// The CSP <meta>: present, newsdesk's policy, and before every script and stylesheet (it governs what follows).
function checkPolicyMeta(file: string, $: CheerioAPI): VerifyProblem[] {
  const metas = $("meta")
    .toArray()
    .filter((el) => el.attribs["http-equiv"]?.toLowerCase() === CSP);
  const fix = "rebuild the site with newsdesk build, which writes it into every page";
  const missing = `has no <meta http-equiv="Content-Security-Policy">; ${fix}`;
  if (metas.length === 0) return [{ check: "csp", file, message: missing }];
  const problems: VerifyProblem[] = [];
  const report = (el: Element, message: string) =>
    problems.push({ check: "csp", file: `${file}:${lineOf(el)}`, message: `${message}; ${fix}` });
  for (const meta of metas) {
    // newsdesk's policy, framing at most the https hosts it names (a site's embeds: hosts verify cannot know).
    const expected = metaPolicy(expectedPolicy(meta.attribs.content ?? ""));
    if (meta.attribs.content !== expected) {
      report(meta, `its Content-Security-Policy <meta> is not newsdesk's policy (${expected})`);
    }
  }
  const first = metas[0]!.sourceCodeLocation?.startOffset ?? 0;
  const offset = (el: Element) => el.sourceCodeLocation?.startOffset ?? 0;
  const governed = $("script, style, link[rel~=stylesheet]")
    .toArray()
    .find((el) => offset(el) < first);
  if (governed) {
    const tag = governed.tagName;
    report(governed, `<${tag}> comes before the Content-Security-Policy <meta>, which governs only what follows it`);
  }
  return problems;
}

// "a.png 1x, b.png 2x" → ["a.png", "b.png"], as the HTML standard reads srcset (a URL may hold commas itself).
function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, "");
    if (rest === "") return urls;
    const url = /^\S+/.exec(rest)![0];
    rest = rest.slice(url.length);
    if (url.endsWith(",")) urls.push(url.replace(/,+$/, ""));
    else {
      urls.push(url);
      // Descriptors ("2x", "480w") run to the next comma outside parentheses.
      rest = rest.replace(/^(?:\([^)]*\)|[^,(])*/, "");
    }
  }
}
