import { load } from "cheerio";
import type { Element } from "domhandler";
import { PAGE_LINK_SCHEMES, schemeOf } from "../model/safe-url.ts";
import { lineOf } from "./built-site.ts";
import type { VerifyProblem } from "./built-site.ts";

const REBUILD = "newsdesk never writes one: rebuild the site with newsdesk build and publish that output";
// An SVG opened as a file runs its own scripts, whatever namespace prefix names them ("svg:script").
const SCRIPT_TAG = /<(?:[\w.-]+:)?script[\s/>]/i;

/**
 * What an SVG file anywhere in the output must never carry, since a browser opening it runs it as a page of
 * the site: a <script> element, an event-handler attribute (on…=), or a link whose scheme is not http(s),
 * mailto or tel. The file is read as HTML reads inline SVG, and scanned for a prefixed script as well.
 */
export function checkSvgSafety(file: string, text: string): VerifyProblem[] {
  const problems: VerifyProblem[] = [];
  const report = (check: VerifyProblem["check"], line: number, message: string) =>
    problems.push({ check, file: `${file}:${line}`, message: `${message}; ${REBUILD}` });
  const $ = load(text, { sourceCodeLocationInfo: true });
  let scripts = 0;
  for (const el of $("*")
    .toArray()
    .filter((node): node is Element => "attribs" in node)) {
    const tag = localName(el.tagName);
    if (tag === "script") {
      scripts++;
      report("script", lineOf(el), "has a <script> in an SVG file");
    }
    for (const [name, value] of Object.entries(el.attribs)) {
      const attribute = localName(name);
      if (attribute.startsWith("on"))
        report("script", lineOf(el), `has an event-handler attribute ${name}= on <${el.tagName}>`);
      const scheme = attribute === "href" ? schemeOf(value) : undefined;
      if (scheme && !PAGE_LINK_SCHEMES.has(scheme))
        report("url", lineOf(el), `<${el.tagName} ${name}> is a ${scheme}: URL`);
    }
  }
  const hidden = SCRIPT_TAG.exec(text);
  if (scripts === 0 && hidden)
    report("script", text.slice(0, hidden.index).split("\n").length, "has a <script> in an SVG file");
  return problems;
}

// "svg:script" → "script", "xlink:href" → "href", lowercased.
function localName(name: string): string {
  return name.toLowerCase().replace(/^.*:/, "");
}
