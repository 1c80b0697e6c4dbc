import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, buildSite, fixture } from "../helpers/cli.ts";
import { listFiles } from "../helpers/site.ts";

// Why each rule of .htmlvalidate.json differs from html-validate's recommended set. JSON has no comments, so the
// reasons live here, and a test keeps the two lists equal: no exception without a reason.
const REASONS: Record<string, string> = {
  "doctype-style": "the HTML standard writes <!doctype html> in lower case; the rule's default wants upper case",
  "no-redundant-role":
    'role="list" on <ul>/<ol> styled with list-style: none is on purpose: WebKit drops their list semantics otherwise',
  "prefer-native-element":
    'the same role="list", which this rule would flag on <ol> as well; every other role still counts',
  "long-title":
    "the title is the editor's headline and the site name, and a headline is as long as the editor wrote it",
  "no-trailing-whitespace":
    "templates indent optional parts that may render empty; whitespace between elements changes nothing a reader sees",
  "valid-id":
    "a heading's id is its text's slug, and headings begin with numbers ('2 hosts, 1 domain'); HTML allows any id without spaces, and the strict form only serves CSS selectors, which no id of an article body is for",
};

const config = JSON.parse(readFileSync(join(ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

/** Every message html-validate has for every HTML page of a built site, as "page:line rule: message". */
async function problems(out: string): Promise<string[]> {
  const pages = listFiles(out).filter((f) => f.endsWith(".html"));
  expect(pages.length).toBeGreaterThan(0);
  const found: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(join(out, page), "utf8"), page);
    for (const result of report.results) {
      for (const m of result.messages) found.push(`${page}:${m.line} ${m.ruleId}: ${m.message}`);
    }
  }
  return found;
}

describe("html-validate", () => {
  let sample: string;
  let hostile: string;
  let images: string;
  let writing: string;
  beforeAll(async () => {
    [sample, hostile, images, writing] = await Promise.all([
      buildSite(join(ROOT, "content")),
      buildSite(fixture("hostile")),
      buildSite(fixture("images")),
      buildSite(fixture("real-writing")),
    ]);
  });

  it("gives every exception in .htmlvalidate.json a written reason", () => {
    expect(config.extends).toEqual(["html-validate:recommended"]);
    expect(Object.keys(config.rules ?? {}).sort()).toEqual(Object.keys(REASONS).sort());
  });

  it("finds nothing on any page of the sample archive", async () => {
    expect(listFiles(sample).filter((f) => f.endsWith(".html")).length).toBeGreaterThan(150);
    expect(await problems(sample)).toEqual([]);
  });

  it("finds nothing on the pages built from hostile content, nor on a page with a resized lead image", async () => {
    expect(await problems(hostile)).toEqual([]);
    expect(await problems(images)).toEqual([]);
  });

  it("finds nothing on security writing: highlighted code, wrapped tables, raw HTML, a heading that begins with a number", async () => {
    const article = readFileSync(join(writing, "2025/02/saltmarsh-indicators/index.html"), "utf8");
    expect(article).toContain('id="2-hosts-1-domain"');
    expect(await problems(writing)).toEqual([]);
  });
});
