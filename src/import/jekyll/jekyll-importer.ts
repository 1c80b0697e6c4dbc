import { posix } from "node:path";
import type { ImportContext, ImportedDoc, Importer, SourceSite } from "../imported.ts";
import { leadImage } from "../lead-image.ts";
import { plainText } from "../plain-text.ts";
import { authorsOf, stringField, termsOf } from "../source-fields.ts";
import { jekyllBody, jekyllImageFile, type JekyllLookups } from "./jekyll-body.ts";
import { readJekyllConfig, type JekyllConfig } from "./jekyll-config.ts";
import { listJekyllFiles } from "./jekyll-files.ts";
import { readJekyllItem, type JekyllItem } from "./jekyll-item.ts";
import { LINK_SKIPPED, linksUnder } from "../source-links.ts";

/** `newsdesk import jekyll DIR`: a Jekyll site's posts, drafts and pages, with their old addresses. */
export function jekyllImporter(dir: string): Importer {
  return {
    probe: () => Promise.resolve(siteOf(readJekyllConfig(dir))),
    read: (ctx) => readAll(dir, ctx),
  };
}

function siteOf(config: JekyllConfig): SourceSite {
  const fields = {
    title: config.title,
    url: config.url ? `${config.url}${config.baseurl}` : undefined,
    description: config.description,
    language: config.lang,
    timezone: config.timezone,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

// First every item claims its address and records its old ones, so links between items resolve in the second pass.
// eslint-disable-next-line @typescript-eslint/require-await -- the Importer streams; reading files here is synchronous
async function* readAll(dir: string, ctx: ImportContext): AsyncIterable<ImportedDoc> {
  const config = readJekyllConfig(dir);
  for (const link of [...linksUnder(dir, "_posts"), ...linksUnder(dir, "_drafts")]) {
    ctx.report.skipped("article", link, LINK_SKIPPED);
  }
  const items = listJekyllFiles(dir).flatMap((file) => readJekyllItem(dir, file, config, ctx) ?? []);
  for (const item of items) {
    ctx.book.claim(item.key, item.slug, item.date?.setZone(ctx.zone));
    for (const old of item.oldPaths) ctx.book.addOld(item.key, old);
  }
  const lookups = lookupsOf(items, ctx);
  for (const item of items) yield docOf(dir, item, config, lookups, ctx);
}

function lookupsOf(items: readonly JekyllItem[], ctx: ImportContext): JekyllLookups {
  const byName = new Map<string, string>();
  const byPath = new Map<string, string>();
  for (const item of items) {
    byPath.set(item.file.rel, item.key);
    const name = posix.basename(item.file.rel).replace(/\.[^.]+$/, "");
    if (item.file.kind === "post" && !byName.has(name)) byName.set(name, item.key);
    if (item.file.kind === "post" && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), item.key);
  }
  const pathOf = (key: string | undefined) => (key ? ctx.book.addressOf(key)?.path : undefined);
  return {
    postUrl: (name) => {
      const last = posix.basename(name);
      return pathOf(byName.get(last) ?? byName.get(last.toLowerCase()));
    },
    link: (path) => pathOf(byPath.get(path.replace(/^\/+/, ""))),
    newPaths: new Set(items.flatMap((item) => pathOf(item.key) ?? [])),
  };
}

function docOf(
  dir: string,
  item: JekyllItem,
  config: JekyllConfig,
  lookups: JekyllLookups,
  ctx: ImportContext,
): ImportedDoc {
  const data = item.data;
  const folder = item.date ? item.date.setZone(ctx.zone).toFormat("yyyy/MM") : "";
  const image = leadImage(
    data,
    { source: item.file.rel, folder, line: item.leadLine },
    (src) => jekyllImageFile(dir, src, config),
    ctx,
  );
  const path = ctx.book.addressOf(item.key)?.path;
  const summary = stringField(data["excerpt"]) ?? stringField(data["summary"]) ?? stringField(data["description"]);
  return {
    kind: item.kind,
    key: item.key,
    source: item.file.rel,
    title: item.title,
    ...(item.date ? { date: item.date } : {}),
    ...(summary ? { summary: plainText(summary) } : {}),
    authors: authorsOf(data),
    terms: item.kind === "article" ? termsOf(data, true) : [],
    draft: item.draft,
    ...(item.link ? { link: item.link } : {}),
    slug: ctx.book.addressOf(item.key)?.slug ?? item.slug,
    // An old address that is the new one (/about/ stays /about/) is no alias: it would redirect a page to itself.
    aliases: item.oldPaths.filter((old) => old.replace(/index\.html?$/, "") !== path),
    body: jekyllBody(dir, item, config, lookups, ctx),
    ...(image ? { image } : {}),
  };
}
