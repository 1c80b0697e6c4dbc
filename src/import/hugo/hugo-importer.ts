import type { ImportContext, ImportedDoc, Importer, SourceSite } from "../imported.ts";
import { leadImage } from "../lead-image.ts";
import { plainText } from "../plain-text.ts";
import { authorsOf, stringField, termsOf } from "../source-fields.ts";
import { hugoBody, hugoImageFile, type HugoLinks } from "./hugo-body.ts";
import { readHugoConfig, type HugoConfig } from "./hugo-config.ts";
import { listHugoFiles } from "./hugo-files.ts";
import { readHugoItem, type HugoItem } from "./hugo-item.ts";
import { LINK_SKIPPED, linksUnder } from "../source-links.ts";

/** `newsdesk import hugo DIR`: a Hugo site's section pages as articles, its root pages as pages, with old addresses. */
export function hugoImporter(dir: string): Importer {
  return {
    probe: () => Promise.resolve(siteOf(readHugoConfig(dir))),
    read: (ctx) => readAll(dir, ctx),
  };
}

function siteOf(config: HugoConfig): SourceSite {
  const fields = { title: config.title, url: config.baseURL, language: config.languageCode, timezone: config.timeZone };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

// First every page claims its address and records its old ones, so refs and links resolve in the second pass.
// eslint-disable-next-line @typescript-eslint/require-await -- the Importer streams; reading files here is synchronous
async function* readAll(dir: string, ctx: ImportContext): AsyncIterable<ImportedDoc> {
  const config = readHugoConfig(dir);
  for (const link of linksUnder(dir, "content")) ctx.report.skipped("article", link, LINK_SKIPPED);
  const items = listHugoFiles(dir).flatMap((file) => readHugoItem(dir, file, config, ctx) ?? []);
  for (const item of items) {
    ctx.book.claim(item.key, item.slug, item.date?.setZone(ctx.zone));
    for (const old of item.oldPaths) ctx.book.addOld(item.key, old);
  }
  const links = {
    ref: refOf(items, ctx),
    newPaths: new Set(items.flatMap((i) => ctx.book.addressOf(i.key)?.path ?? [])),
  };
  for (const item of items) yield docOf(dir, item, config, links, ctx);
}

// {{< ref >}} names a page by its path in content/ (with or without extension, a bundle by its folder) or by its name.
function refOf(items: readonly HugoItem[], ctx: ImportContext): (target: string) => string | undefined {
  const keys = new Map<string, string>();
  const add = (name: string, key: string) => keys.has(name) || keys.set(name, key);
  for (const item of items) {
    const inContent = item.file.rel.replace(/^content\//, "");
    const stem = inContent.replace(/\.[^./]+$/, "");
    for (const name of [inContent, stem, stem.replace(/\/index$/, ""), item.file.name])
      add(name.toLowerCase(), item.key);
  }
  return (target) => {
    const name = target
      .replace(/^\.?\/+/, "")
      .replace(/\/+$/, "")
      .toLowerCase();
    const key = keys.get(name) ?? keys.get(name.replace(/\.[^./]+$/, ""));
    return key ? ctx.book.addressOf(key)?.path : undefined;
  };
}

function docOf(dir: string, item: HugoItem, config: HugoConfig, links: HugoLinks, ctx: ImportContext): ImportedDoc {
  const data = item.data;
  const folder = item.date ? item.date.setZone(ctx.zone).toFormat("yyyy/MM") : "";
  const image = leadImage(
    data,
    { source: item.file.rel, folder, line: item.leadLine },
    (src) => hugoImageFile(dir, src, item, config),
    ctx,
  );
  const path = ctx.book.addressOf(item.key)?.path;
  const summary = stringField(data["summary"]) ?? stringField(data["description"]);
  return {
    kind: item.file.kind,
    key: item.key,
    source: item.file.rel,
    title: item.title,
    ...(item.date ? { date: item.date } : {}),
    ...(item.updated ? { updated: item.updated } : {}),
    ...(summary ? { summary: plainText(summary) } : {}),
    authors: authorsOf(data),
    terms: item.file.kind === "article" ? termsOf(data, false) : [],
    draft: item.draft,
    slug: ctx.book.addressOf(item.key)?.slug ?? item.slug,
    // An old address that is the new one (/about/ stays /about/) is no alias: it would redirect a page to itself.
    aliases: item.oldPaths.filter((old) => old.replace(/index\.html?$/, "") !== path),
    body: hugoBody(dir, item, config, links, ctx),
    ...(image ? { image } : {}),
  };
}
