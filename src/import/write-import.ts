import { mkdir, readFile } from "node:fs/promises";
import { AddressBook } from "./address-book.ts";
import { ImageShelf } from "./image-shelf.ts";
import { ImportReport } from "./import-report.ts";
import { ImportManifest } from "./import-manifest.ts";
import { OwnedFiles, type WriteOutcome } from "./owned-files.ts";
import { documentText } from "./front-matter-out.ts";
import { createEntityFinder, sortTerms, type EntityField, type SortedTerms } from "./entity-proposals.ts";
import { EntitySuggester } from "./suggest-entities.ts";
import { readSiteData } from "../content/site-data.ts";
import { usableAliases } from "./usable-aliases.ts";
import { validZone, writeDataFiles } from "./data-files.ts";
import type { ImportedDoc, Importer } from "./imported.ts";

/** How one import runs. */
export interface ImportOptions {
  readonly contentDir: string;
  /** Replace files edited since the last import. */
  readonly force: boolean;
  /** Also propose organisation names that recur across the archive. */
  readonly suggestEntities: boolean;
  /** Called after each document, with the count so far. */
  readonly onProgress?: (documents: number) => void;
}

/**
 * Runs an importer into a content folder: each document's terms sorted into entities and topics, agencies,
 * outlets and countries its text names proposed, its file written (or left, see OwnedFiles), its images copied;
 * site.yaml and entities.yaml written only when the folder has none. Returns what happened.
 */
export async function runImport(importer: Importer, from: string, options: ImportOptions): Promise<ImportReport> {
  const { contentDir } = options;
  const report = new ImportReport(from);
  await mkdir(contentDir, { recursive: true });
  const data = await readSiteData(contentDir);
  for (const d of data.diagnostics) if (d.severity === "error") report.problem(d);
  const source = await importer.probe();
  const zone = data.has.site || !validZone(source.timezone) ? data.site.timezone : source.timezone!;
  const manifest = await ImportManifest.read(contentDir);
  const files = new OwnedFiles(contentDir, manifest, options.force);
  const images = new ImageShelf(contentDir, (to) => manifest.get(to)?.from);
  const context = { zone, book: new AddressBook(), images, report };
  const finder = createEntityFinder(data.registry);
  const suggester = options.suggestEntities
    ? new EntitySuggester((name) =>
        ["agencies", "outlets", "countries"].some((k) => data.registry.lookup(k as EntityField, name)),
      )
    : undefined;
  let documents = 0;
  const claimed = new Map<string, string>();
  for await (const found of importer.read(context)) {
    const doc = usableAliases(found, zone, context.book, claimed, report);
    const path = contentPath(doc, zone);
    const entities = withProposals(doc, sortTerms(doc.terms, data.registry), finder, report, path);
    const outcome = await files.write(path, documentText(doc, entities, zone), doc.key);
    count(report, doc, outcome, path);
    if (outcome === "written" || outcome === "unchanged") report.aliases += doc.aliases.length;
    suggester?.add(`${doc.title}\n${doc.body}`);
    options.onProgress?.(++documents);
  }
  for (const image of images.placed()) {
    const outcome = await files.write(image.to, await readFile(image.from), image.from);
    if (outcome === "written") report.images.copied++;
    else if (outcome === "unchanged") report.images.unchanged++;
    else report.skipped("image", image.from, leftWhy(outcome), image.to);
  }
  if (suggester) report.suggestedEntities = suggester.suggestions();
  await writeDataFiles(files, data.has, source, zone, report);
  await manifest.write(contentDir);
  return report;
}

/** Where a document is written: articles/YYYY/MM/slug.md in the site's zone, pages/slug.md. */
export function contentPath(doc: ImportedDoc, zone: string): string {
  if (doc.kind === "page" || !doc.date) return `pages/${doc.slug}.md`;
  return `articles/${doc.date.setZone(zone).toFormat("yyyy/LL")}/${doc.slug}.md`;
}

// Entities the text names and the categories did not: added, and listed for an editor to review.
function withProposals(
  doc: ImportedDoc,
  sorted: SortedTerms,
  finder: ReturnType<typeof createEntityFinder>,
  report: ImportReport,
  file: string,
): SortedTerms {
  if (doc.kind !== "article") return sorted;
  const found = finder.find(`${doc.title}\n${doc.summary ?? ""}\n${doc.body}`);
  const proposed: Record<string, string[]> = {};
  const merged = { ...sorted } as Record<EntityField | "topics", readonly string[]>;
  for (const field of ["agencies", "outlets", "countries"] as const) {
    const extra = found[field].filter((name) => !sorted[field].includes(name));
    if (extra.length > 0) {
      proposed[field] = extra;
      merged[field] = [...sorted[field], ...extra];
    }
  }
  if (Object.keys(proposed).length > 0) report.entities.push({ file, proposed });
  return merged;
}

function count(report: ImportReport, doc: ImportedDoc, outcome: WriteOutcome, path: string): void {
  const tally = doc.kind === "article" ? report.articles : report.pages;
  if (outcome === "written") tally.written++;
  else if (outcome === "unchanged") tally.unchanged++;
  else report.skipped(doc.kind, doc.source, leftWhy(outcome), path);
}

function leftWhy(outcome: WriteOutcome): string {
  return outcome === "edited"
    ? "edited since the last import: left as it is (--force replaces it)"
    : "a file newsdesk import did not write is there: left as it is";
}
