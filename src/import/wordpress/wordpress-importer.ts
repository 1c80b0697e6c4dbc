import { basename } from "node:path";
import type { ImportContext, ImportedDoc, Importer, SourceSite } from "../imported.ts";
import { Catalogue } from "./catalogue.ts";
import { itemKind } from "./item-kind.ts";
import { itemToDoc } from "./item-to-doc.ts";
import { OldSite } from "./old-site.ts";
import { readWxr } from "./wxr-reader.ts";
import type { WxrChannel } from "./wxr-records.ts";

/**
 * The importer of a WordPress export (WXR), uploads from `options.uploads` (a copy of wp-content/uploads).
 * Two passes over the file: the first claims every address and keeps small maps, the second converts one item
 * at a time, so a large export is read in bounded memory.
 */
export function wordpressImporter(file: string, options: { uploads?: string }): Importer {
  return {
    probe: () => probeWxr(file),
    read: (context) => readDocs(file, options.uploads, context),
  };
}

async function probeWxr(file: string): Promise<SourceSite> {
  for await (const record of readWxr(file)) {
    if (record.kind === "channel") return siteOf(record.channel);
  }
  return {};
}

function siteOf(channel: WxrChannel): SourceSite {
  const url = channel.link || channel.baseBlogUrl || channel.baseSiteUrl;
  return {
    ...(channel.title ? { title: channel.title } : {}),
    ...(url ? { url: url.replace(/\/+$/, "") } : {}),
    ...(channel.description ? { description: channel.description } : {}),
    ...(channel.language ? { language: channel.language } : {}),
  };
}

async function* readDocs(
  file: string,
  uploads: string | undefined,
  context: ImportContext,
): AsyncGenerator<ImportedDoc> {
  const catalogue = await Catalogue.read(file, context);
  const env = { catalogue, site: new OldSite(catalogue.channel), uploads, context, from: basename(file) };
  for await (const record of readWxr(file)) {
    if (record.kind !== "item") continue;
    const sort = itemKind(record.item);
    const source = `${env.from}: ${record.item.type || "item"} ${record.item.id}`;
    if (sort.is === "skipped") context.report.skipped(sort.kind, source, sort.why);
    if (sort.is === "doc") yield itemToDoc(record.item, sort.kind, env);
  }
}
