import type { Diagnostic } from "../model/diagnostic.ts";

/** A shortcode, Liquid tag or Hugo shortcode the import converted or left, by name. */
export type MarkupKind = "shortcode" | "liquid" | "hugo";

/** Something the import left in place or could not do, where it is in the source. */
export interface LeftItem {
  readonly source: string;
  readonly line?: number;
  readonly detail: string;
}

/** The report's JSON form (`--report FILE`). */
export interface ImportReportJson {
  readonly from: string;
  readonly articles: { readonly written: number; readonly unchanged: number; readonly skipped: number };
  readonly pages: { readonly written: number; readonly unchanged: number; readonly skipped: number };
  readonly skipped: readonly { readonly source: string; readonly file?: string; readonly why: string }[];
  readonly converted: Readonly<Record<MarkupKind, Readonly<Record<string, number>>>>;
  readonly left: Readonly<Record<MarkupKind, Readonly<Record<string, readonly LeftItem[]>>>>;
  readonly images: { readonly copied: number; readonly unchanged: number; readonly missing: readonly LeftItem[] };
  readonly links: { readonly rewritten: number; readonly dead: readonly LeftItem[] };
  readonly aliases: number;
  readonly repaired: readonly LeftItem[];
  readonly entities: readonly {
    readonly file: string;
    readonly proposed: Readonly<Record<string, readonly string[]>>;
  }[];
  readonly suggestedEntities: readonly { readonly name: string; readonly articles: number }[];
  readonly problems: readonly Diagnostic[];
}

type Counts = Record<string, number>;
const tally = (counts: Counts, name: string, by = 1) => (counts[name] = (counts[name] ?? 0) + by);

/** Collects what one import did; the command prints its summary and writes its JSON. */
export class ImportReport {
  readonly articles = { written: 0, unchanged: 0, skipped: 0 };
  readonly pages = { written: 0, unchanged: 0, skipped: 0 };
  readonly skippedItems: { source: string; file?: string; why: string }[] = [];
  readonly convertedMarkup: Record<MarkupKind, Counts> = { shortcode: {}, liquid: {}, hugo: {} };
  readonly leftMarkup: Record<MarkupKind, Record<string, LeftItem[]>> = { shortcode: {}, liquid: {}, hugo: {} };
  readonly images = { copied: 0, unchanged: 0, missing: [] as LeftItem[] };
  readonly links = { rewritten: 0, dead: [] as LeftItem[] };
  aliases = 0;
  readonly repairs: LeftItem[] = [];
  readonly entities: { file: string; proposed: Record<string, string[]> }[] = [];
  suggestedEntities: { name: string; articles: number }[] = [];
  readonly problems: Diagnostic[] = [];

  constructor(readonly from: string) {}

  /** A shortcode or tag converted into newsdesk's Markdown. */
  converted(kind: MarkupKind, name: string): void {
    tally(this.convertedMarkup[kind], name);
  }

  /** A shortcode or tag left in the text as written, for an editor to see to. */
  left(kind: MarkupKind, name: string, item: LeftItem): void {
    (this.leftMarkup[kind][name] ??= []).push(item);
  }

  /** An image a body or lead names that the source does not have. */
  imageMissing(item: LeftItem): void {
    this.images.missing.push(item);
  }

  /** A link to another imported item, rewritten to its new address. */
  linkRewritten(): void {
    this.links.rewritten++;
  }

  /** A link into the old site that no imported item answers. */
  linkDead(item: LeftItem): void {
    this.links.dead.push(item);
  }

  /** Front-matter the source's generator tolerated and the import repaired (tabs, unquoted colons…). */
  repaired(item: LeftItem): void {
    this.repairs.push(item);
  }

  /** An item not written, and why (an article or page is also counted as skipped). */
  skipped(kind: "article" | "page" | "image", source: string, why: string, file?: string): void {
    if (kind !== "image") this[kind === "article" ? "articles" : "pages"].skipped++;
    this.skippedItems.push({ source, why, ...(file ? { file } : {}) });
  }

  /** A problem at a file and line of the source (or of the content folder). */
  problem(diagnostic: Diagnostic): void {
    this.problems.push(diagnostic);
  }

  /** True when something went wrong that an editor must see to (exit 1). */
  hasErrors(): boolean {
    return this.problems.some((p) => p.severity === "error");
  }

  /** The JSON form. */
  toJson(): ImportReportJson {
    return {
      from: this.from,
      articles: { ...this.articles },
      pages: { ...this.pages },
      skipped: this.skippedItems,
      converted: this.convertedMarkup,
      left: this.leftMarkup,
      images: { ...this.images },
      links: { ...this.links },
      aliases: this.aliases,
      repaired: this.repairs,
      entities: this.entities,
      suggestedEntities: this.suggestedEntities,
      problems: this.problems,
    };
  }
}
