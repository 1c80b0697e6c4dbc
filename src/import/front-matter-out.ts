import { stringify } from "yaml";
import type { ImportedDoc } from "./imported.ts";
import type { SortedTerms } from "./entity-proposals.ts";

/**
 * An imported document as a newsdesk Markdown file: front-matter in the order editors read it (title, dates,
 * summary, people, entities, topics, flags, aliases), then the body. Dates are written in the site's zone with
 * their offset, so the file says the same instant the source did. Empty fields are left out.
 */
export function documentText(doc: ImportedDoc, entities: SortedTerms, zone: string): string {
  const when = (d: ImportedDoc["date"]) =>
    d ? d.setZone(zone).toISO({ suppressMilliseconds: true, includeOffset: true }) : undefined;
  const article = doc.kind === "article";
  const fields: [string, unknown][] = [
    ["title", doc.title],
    ["date", article ? when(doc.date) : undefined],
    ["updated", article ? when(doc.updated) : undefined],
    ["summary", doc.summary],
    ["author", article ? (doc.authors.length === 1 ? doc.authors[0] : doc.authors) : undefined],
    ["agencies", article ? entities.agencies : undefined],
    ["outlets", article ? entities.outlets : undefined],
    ["countries", article ? entities.countries : undefined],
    ["topics", article ? entities.topics : undefined],
    ["link", article ? doc.link : undefined],
    ["image", article ? doc.image?.path : undefined],
    ["image_alt", article ? doc.image?.alt : undefined],
    ["featured", article && doc.featured ? true : undefined],
    ["draft", doc.draft ? true : undefined],
    ["aliases", doc.aliases],
  ];
  const data = Object.fromEntries(fields.filter(([, v]) => v !== undefined && v !== "" && !isEmptyList(v)));
  const yaml = stringify(data, { lineWidth: 0, flowCollectionPadding: false, defaultStringType: "PLAIN" });
  const body = doc.body.replace(/\s+$/, "");
  return `---\n${yaml}---\n${body === "" ? "" : `\n${body}\n`}`;
}

function isEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}
