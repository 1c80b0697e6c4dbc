import { versionHash } from "../model/hash.ts";
import type { DateTime } from "luxon";
import type MarkdownIt from "markdown-it";
import type { z } from "zod";
import type { Entity, TaxonomyKind } from "../model/entity.ts";
import { closestName, nameKey } from "../taxonomy/names.ts";
import type { Registry } from "../taxonomy/registry.ts";
import { articlePath } from "../model/urls.ts";
import { checkImageReference } from "../model/safe-url.ts";
import { checkAliasPath } from "../model/query-alias.ts";
import type { Article } from "../model/article.ts";
import { parseContentDate } from "../model/dates.ts";
import type { Diagnostic } from "../model/diagnostic.ts";
import { parseFrontMatter, type FrontMatterFile } from "./front-matter.ts";
import { lintBody } from "./lints/body.ts";
import { collectBodyImages } from "./lints/collect-body-images.ts";
import type { MentionFinder } from "./lints/mentions.ts";
import type { MarkdownEnv } from "./markdown.ts";
import { readingTime } from "./reading-time.ts";
import { derivedDek } from "./derived-dek.ts";
import { dropZeroWidthLines } from "./zero-width.ts";
import { ELEVENTY_KEYS, FIELD_FIXES, articleFrontMatterSchema } from "./schema.ts";
import { slugify } from "../model/slug.ts";
import { cvesInText } from "../model/cve.ts";
import { checkAdvisory } from "./advisory-fields.ts";

/** What validation needs to know about the site. */
export interface ValidationContext {
  readonly registry: Registry;
  /** The site's IANA time zone. */
  readonly zone: string;
  /** The build's "now": later dates are scheduled. */
  readonly now: DateTime;
  /** The one Markdown renderer of the build. */
  readonly md: MarkdownIt;
  /** Render-time context (path prefix). */
  readonly env: MarkdownEnv;
  /** Render bodies (check does not). */
  readonly render: boolean;
  /** Finds registry entities named in bodies. */
  readonly mentions: MentionFinder;
  /** serve: an article under a TLP label that is never published is shown, with a banner, instead of refused. */
  readonly preview?: boolean;
  /** Where the time spent checking (fields, entities, body lints), not reading or parsing, is added up. */
  readonly timing?: ValidationTiming;
}

/** Milliseconds spent validating, apart from reading files and parsing YAML and Markdown (build's phase table). */
export interface ValidationTiming {
  checking: number;
}

/** An article that passed validation (rendered when asked), or none, with every problem found. */
export interface ArticleValidation {
  readonly article?: Article;
  readonly diagnostics: readonly Diagnostic[];
}

type Shape = typeof articleFrontMatterSchema.shape;
type Values = { [K in keyof Shape]?: z.infer<Shape[K]> };

const ENTITY_FIELDS = [
  "agencies",
  "outlets",
  "countries",
  "actors",
  "malware",
  "topics",
] as const satisfies readonly TaxonomyKind[];

/** The hash of an article file's text: its `source`, and what build --incremental's article store is keyed by. */
export function textHash(text: string): string {
  return versionHash(text);
}

/**
 * Validates one article file against every front-matter rule, reporting all problems at once with file,
 * line and field. Returns the article only when there is no error. `source` (the text's hash) is passed in
 * when the caller has made it already.
 */
export function validateArticle(
  file: string,
  text: string,
  context: ValidationContext,
  source = textHash(text),
): ArticleValidation {
  const parsed = parseFrontMatter(text, file);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const fm = parsed.file;
  const diagnostics: Diagnostic[] = [];
  const report = (
    field: string,
    severity: Diagnostic["severity"],
    message: string,
    suggestion?: string,
    index?: number,
  ) => diagnostics.push({ file, ...fm.positionOf(field, index), field, severity, message, suggestion });

  const started = performance.now();
  checkKeys(fm, report);
  const values = checkFields(fm, report);
  const date = checkDate(values.date, "date", context.zone, report);
  const updated = values.updated === undefined ? undefined : checkDate(values.updated, "updated", context.zone, report);
  if (values.date === undefined && !diagnostics.some((d) => d.field === "date")) {
    report("date", "error", "date is required", "add date: YYYY-MM-DD");
  }
  if (date && updated && updated < date) {
    report(
      "updated",
      "error",
      `updated (${updated.toISODate()}) is before date (${date.toISODate()})`,
      "set updated to the day of the last change, on or after date",
    );
  }
  const image = values.image === undefined ? undefined : checkImageReference(values.image);
  if (image && !image.ok) report("image", "error", `image ${image.reason}`, image.fix);
  if (values.image && !values.image_alt) {
    report(
      "image",
      "error",
      "image has no image_alt",
      "add image_alt: a sentence describing the picture for readers who cannot see it",
    );
  }
  // Each alias on its own, here, so it is named with the article's other mistakes; load compares them across articles.
  for (const [i, alias] of (values.aliases ?? []).entries()) {
    const checked = checkAliasPath(alias);
    if (!checked.ok) report("aliases", "error", `${alias} ${checked.reason}`, checked.fix, i);
  }
  if (values.summary === undefined) {
    report("summary", "warning", "no summary", "add summary: one or two sentences for lists, feeds and search results");
  }
  const named = Object.fromEntries(
    ENTITY_FIELDS.map((kind) => [kind, resolveEntities(kind, values[kind] ?? [], context.registry, report)]),
  ) as Record<Exclude<TaxonomyKind, "cves">, Entity[]>;
  const advisory = checkAdvisory(values, context.preview === true, report);
  if (context.timing) context.timing.checking += performance.now() - started;

  const cleaned = dropZeroWidthLines(fm.body);
  for (const line of cleaned.lines) {
    const message = "a line of only zero-width characters (U+200B and the like) shows as a gap; it was left out";
    diagnostics.push({
      file,
      line: fm.bodyLine + line,
      column: 1,
      field: "body",
      severity: "warning",
      message,
      suggestion: "delete the line",
    });
  }
  const linkPost = values.link !== undefined;
  const body = lintBody(
    context.md,
    cleaned.body,
    file,
    fm.bodyLine,
    { ...named, cves: [] },
    context.mentions,
    context.env,
    context.timing,
    linkPost,
  );
  // The CVEs of the field first, then those the title, summary and body name (never in code or a link's address).
  const cveIds = [
    ...(values.cves ?? []),
    ...cvesInText(values.title ?? ""),
    ...cvesInText(values.summary ?? ""),
    ...body.cves,
  ];
  const entities = { ...named, cves: resolveCves(cveIds, context.registry) };
  diagnostics.push(...body.diagnostics);
  if (diagnostics.some((d) => d.severity === "error") || !date || values.title === undefined) {
    return { diagnostics };
  }
  const baseName = file.split("/").pop()!.replace(/\.md$/i, "");
  const slug = values.slug ?? slugify(baseName);
  const reading = readingTime(body.tokens);
  const article: Article = {
    file,
    title: values.title,
    slug,
    path: articlePath(date, slug),
    pathFrom:
      values.slug === undefined
        ? { field: "date", ...fm.positionOf("date") }
        : { field: "slug", ...fm.positionOf("slug") },
    date,
    updated,
    summary: values.summary,
    dek: values.summary ?? derivedDek(body.tokens),
    link: values.link,
    authors: values.author === undefined ? [] : typeof values.author === "string" ? [values.author] : values.author,
    featured: values.featured ?? false,
    draft: values.draft ?? false,
    scheduled: date > context.now,
    image: values.image,
    imageAlt: values.image_alt,
    ...entities,
    ...advisory,
    body: cleaned.body,
    bodyLine: fm.bodyLine,
    html: context.render ? context.md.renderer.render(body.tokens, context.md.options, { ...context.env }) : "",
    links: body.links,
    bodyImages: collectBodyImages(body.tokens, fm.bodyLine),
    wordCount: reading.words,
    readingMinutes: reading.minutes,
    // Where each named article was written, for load's check that it exists.
    related: values.related?.map((value, i) => ({ value, ...fm.positionOf("related", i) })),
    relatedExclude: values.related_exclude?.map((value, i) => ({ value, ...fm.positionOf("related_exclude", i) })),
    aliases: values.aliases?.map((value, i) => ({ value, ...fm.positionOf("aliases", i) })),
    source,
  };
  return { article, diagnostics };
}

type Report = (
  field: string,
  severity: Diagnostic["severity"],
  message: string,
  suggestion?: string,
  index?: number,
) => void;

// The article fields, and the same by comparable name for did-you-mean suggestions.
const KNOWN_FIELDS = Object.keys(articleFrontMatterSchema.shape);
const FIELD_CANDIDATES = new Map(KNOWN_FIELDS.map((k) => [nameKey(k), k]));

function checkKeys(fm: FrontMatterFile, report: Report): void {
  for (const key of Object.keys(fm.data)) {
    // Own keys only: `key in` would take toString or constructor for an Eleventy key and suggest a function.
    if (Object.hasOwn(ELEVENTY_KEYS, key)) {
      report(key, "error", `'${key}' is not an article field`, ELEVENTY_KEYS[key]);
    } else if (!KNOWN_FIELDS.includes(key)) {
      const near = closestName(key, FIELD_CANDIDATES);
      report(
        key,
        "warning",
        `unknown field '${key}' is ignored`,
        near ? `did you mean '${near}'?` : `article fields are ${KNOWN_FIELDS.join(", ")}`,
      );
    }
  }
}

function checkFields(fm: FrontMatterFile, report: Report): Values {
  const values: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(articleFrontMatterSchema.shape)) {
    const raw = fm.data[key];
    // An optional field left empty (as `newsdesk new` writes them) counts as absent.
    const empty = raw === null || (typeof raw === "string" && raw.trim() === "");
    if (raw === undefined || (empty && key !== "title" && key !== "date")) continue;
    const result = schema.safeParse(raw);
    if (result.success) {
      values[key] = result.data;
    } else {
      for (const issue of result.error.issues) {
        const index = typeof issue.path[0] === "number" ? issue.path[0] : undefined;
        // A custom check (link's URL check) carries its fix along.
        const fix =
          (issue.code === "custom" ? (issue.params as { fix?: string } | undefined)?.fix : undefined) ??
          FIELD_FIXES[key];
        report(key, "error", issue.message, fix, index);
      }
    }
  }
  if (fm.data.title === undefined) report("title", "error", "title is required", 'add title: "Headline"');
  return values;
}

function checkDate(text: string | undefined, field: string, zone: string, report: Report): DateTime | undefined {
  if (text === undefined) return undefined;
  const result = parseContentDate(text, zone);
  if (result.ok) return result.value;
  report(field, "error", result.message, result.suggestion);
  return undefined;
}

// The CVE entities of canonical IDs, once each, in order.
function resolveCves(ids: readonly string[], registry: Registry): Entity[] {
  const found = new Map<string, Entity>();
  for (const id of ids) {
    const entity = registry.lookup("cves", id);
    if (entity && !found.has(entity.slug)) found.set(entity.slug, entity);
  }
  return [...found.values()];
}

function resolveEntities(kind: TaxonomyKind, names: readonly string[], registry: Registry, report: Report): Entity[] {
  const resolved = new Map<string, Entity>();
  names.forEach((name, index) => {
    const entity = registry.lookup(kind, name);
    if (entity) {
      resolved.set(entity.slug, entity);
      return;
    }
    const near = registry.suggest(kind, name);
    const hint = near ? `did you mean '${near}'?` : undefined;
    if (kind === "countries") {
      report(
        kind,
        "error",
        `'${name}' is not a country`,
        hint ??
          "use an ISO 3166 country name, e.g. United Kingdom, or add the territory under countries: in _data/entities.yaml with a code",
        index,
      );
    } else if (kind === "topics") {
      const slug = slugify(name);
      const same = resolved.get(slug);
      // Two topics that would share one page (C++ and C) are refused; load compares them across files.
      if (same && nameKey(same.name) !== nameKey(name)) {
        const fix =
          "if they are one topic, write one spelling; if not, add one of them under topics: in " +
          `_data/entities.yaml with a slug of its own (e.g. name: ${name.trim()}, slug: ${slug}-2)`;
        report(kind, "error", `topic '${name}' and '${same.name}' would share one page, /topics/${slug}/`, fix, index);
      }
      if (!same) resolved.set(slug, { kind, name: name.trim(), slug, aliases: [] });
    } else {
      report(
        kind,
        "warning",
        `'${name}' is not in _data/entities.yaml`,
        hint ?? `add it under ${kind}: in _data/entities.yaml`,
        index,
      );
      const slug = slugify(name);
      if (!resolved.has(slug)) resolved.set(slug, { kind, name: name.trim(), slug, aliases: [] });
    }
  });
  return [...resolved.values()];
}
