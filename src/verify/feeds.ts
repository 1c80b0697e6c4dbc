import { XMLParser, XMLValidator } from "fast-xml-parser";
import { schemeOf } from "../model/safe-url.ts";
import type { BuiltSite, VerifyProblem } from "./built-site.ts";

const FIX = "rebuild the site with newsdesk build and publish the new output";
const LISTS = new Set(["entry", "link", "outline"]);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => LISTS.has(name) });

type Node = Record<string, unknown>;

/**
 * Every feed of the site reads as what it claims to be: Atom (feed.xml, each topic's feed.xml), JSON Feed 1.1
 * (feed.json) and OPML (*.opml); each entry has an id and title, and every link in them is http(s).
 */
export function checkFeeds(site: BuiltSite): VerifyProblem[] {
  const problems: VerifyProblem[] = [];
  for (const file of [...site.files].sort()) {
    const kind = /(^|\/)feed\.xml$/.test(file)
      ? "atom"
      : file.endsWith("feed.json")
        ? "json"
        : file.endsWith(".opml")
          ? "opml"
          : undefined;
    if (!kind) continue;
    const report = (message: string) => problems.push({ check: "feed", file, message: `${message}; ${FIX}` });
    const text = site.read(file);
    if (kind === "json") {
      problems.push(...checkJsonFeed(file, text));
      continue;
    }
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
      report(`does not parse as XML (line ${valid.err.line}: ${valid.err.msg})`);
      continue;
    }
    const root = parser.parse(text) as Node;
    if (kind === "opml") {
      const body = isNode(root.opml) ? root.opml.body : undefined;
      if (body === undefined) report("is not OPML: no <opml> with a <body>");
      for (const url of isNode(body) ? outlineUrls(body) : []) {
        if (!isWebUrl(url)) report(`links to ${url}, which is not an http(s) URL`);
      }
      continue;
    }
    const feed = root.feed;
    if (!isNode(feed) || feed["@xmlns"] !== "http://www.w3.org/2005/Atom") {
      report('is not an Atom feed: no <feed xmlns="http://www.w3.org/2005/Atom">');
      continue;
    }
    if ([feed.id, feed.title, feed.updated].includes(undefined)) report("has no <id>, <title> or <updated>");
    const entries = (feed.entry as Node[] | undefined) ?? [];
    entries.forEach((entry, i) => {
      if (entry.id === undefined || entry.title === undefined) report(`entry ${i + 1} has no <id> or <title>`);
    });
    for (const link of [feed, ...entries].flatMap((n) => (n.link as Node[] | undefined) ?? [])) {
      // The parser gives attributes as strings; a link without href reads as "".
      const href = typeof link["@href"] === "string" ? link["@href"] : "";
      if (!isWebUrl(href)) report(`links to ${href || "nothing"}, which is not an http(s) URL`);
    }
  }
  return problems;
}

function checkJsonFeed(file: string, text: string): VerifyProblem[] {
  const problem = (message: string): VerifyProblem => ({ check: "feed", file, message: `${message}; ${FIX}` });
  let feed: unknown;
  try {
    feed = JSON.parse(text);
  } catch (error) {
    return [problem(`does not parse as JSON (${(error as Error).message})`)];
  }
  const version = "https://jsonfeed.org/version/1.1";
  if (!isNode(feed) || feed.version !== version || typeof feed.title !== "string" || !Array.isArray(feed.items)) {
    return [problem("is not a JSON Feed 1.1: it needs version https://jsonfeed.org/version/1.1, a title and items")];
  }
  const problems: VerifyProblem[] = [];
  (feed.items as unknown[]).forEach((item, i) => {
    if (!isNode(item) || typeof item.id !== "string") problems.push(problem(`item ${i + 1} has no id`));
    else
      for (const key of ["url", "external_url", "image"]) {
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- an object is "[object Object]": reported
        if (item[key] !== undefined && !isWebUrl(String(item[key]))) {
          problems.push(problem(`item ${i + 1}'s ${key} is not an http(s) URL`));
        }
      }
  });
  for (const key of ["home_page_url", "feed_url"]) {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- an object is "[object Object]": reported
    if (feed[key] !== undefined && !isWebUrl(String(feed[key]))) problems.push(problem(`${key} is not an http(s) URL`));
  }
  return problems;
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isWebUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === "http" || scheme === "https";
}

function outlineUrls(node: Node): string[] {
  return ((node.outline as Node[] | undefined) ?? []).flatMap((o) => [
    ...["@xmlUrl", "@htmlUrl"].filter((k) => o[k] !== undefined).map((k) => String(o[k])),
    ...outlineUrls(o),
  ]);
}
