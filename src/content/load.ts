import { versionHash } from "../model/hash.ts";
import { DateTime } from "luxon";
import type MarkdownIt from "markdown-it";
import { lstatSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { createRegistry, type Registry } from "../taxonomy/registry.ts";
import { canonicalTopics } from "../taxonomy/topics.ts";
import { readSiteConfig } from "./site-yaml.ts";
import { type SiteConfig } from "../model/site-config.ts";
import { Urls, staticPagePath } from "../model/urls.ts";
import { newestFirst, type Article, type StaticPage } from "../model/article.ts";
import { checkAliases } from "./aliases.ts";
import { checkArticleReferences } from "./article-references.ts";
import { checkFormerSlugs } from "./former-slugs.ts";
import { checkContentImages, imageUses } from "./content-images.ts";
import { checkTopicClashes } from "./topic-clash-check.ts";
import { contentLook, contentRoot } from "./content-fs.ts";
import type { Diagnostic } from "../model/diagnostic.ts";
import { listContentFiles } from "./files.ts";
import { mapLimited } from "./map-limited.ts";
import { collectBodyImages } from "./lints/collect-body-images.ts";
import { createMentionFinder } from "./lints/mentions.ts";
import { parseFrontMatter, parseYamlBlock } from "./front-matter.ts";
import { createMarkdown, type MarkdownEnv } from "./markdown.ts";
import { readContentText } from "./read-text.ts";
import { pageFrontMatterSchema } from "./schema.ts";
import { slugify } from "../model/slug.ts";
import { textHash, validateArticle, type ValidationTiming } from "./validate-article.ts";
import { derivedDek } from "./derived-dek.ts";
import { fromStored, toStored, type StoredArticles, type StoredEntry, type ValidatedFile } from "./stored-article.ts";

// Files read at once: enough to keep the disk busy, far below the usual limit of 1,024 open files.
const OPEN_FILES = 64;

/** What to load and how. */
export interface LoadOptions {
  readonly contentDir: string;
  /** Include drafts. */
  readonly drafts?: boolean;
  /** Include articles dated after `now`. */
  readonly future?: boolean;
  /** The build's "now", for scheduled articles. */
  readonly now: DateTime;
  /** Overrides site.yaml's url. */
  readonly baseUrl?: string;
  /** Overrides site.yaml's pathPrefix. */
  readonly pathPrefix?: string;
  /** Render Markdown bodies (check skips it). */
  readonly render: boolean;
  /** serve: articles under a TLP label never published are shown (with a banner) instead of refused. */
  readonly preview?: boolean;
  /**
   * What the last load of this content folder kept (serve): a file whose size, time and site data are unchanged
   * is not read again, nor a data file whose text is unchanged parsed again. The load returns the next memo and
   * leaves this one as it was.
   */
  readonly memo?: LoadMemo;
  /**
   * With `memo`: the only article files (absolute paths) that may have changed since the last load, as serve's
   * file watcher reported them; the others are taken from the memo without even a look at their size and time.
   */
  readonly changedFiles?: ReadonlySet<string>;
  /**
   * build --incremental: the last build's validated files, reused for files whose text is unchanged; this load's
   * come back as `stored`. `version` is newsdesk's code, part of the signature.
   */
  readonly store?: { readonly articles: StoredArticles; readonly version: string };
}

/** An earlier load's validated article, with the stamp (site data, modification time, size) it was made under. */
export interface CachedArticle {
  readonly stamp: string;
  readonly result: ValidatedFile;
}

/** What one load keeps for the next (serve): validated articles by file, parsed data files, the registry made. */
export interface LoadMemo {
  readonly articles: ReadonlyMap<string, CachedArticle>;
  readonly dataFiles: ReadonlyMap<string, ParsedDataFile>;
  readonly registry?: { readonly from: unknown; readonly made: ReturnType<typeof createRegistry> };
}

/** The memo before a first load: serve starts with it, so that every load hands on the next. */
export function emptyLoadMemo(): LoadMemo {
  return { articles: new Map(), dataFiles: new Map() };
}

/** A load with everything it found besides the content. */
export interface LoadResult {
  readonly content: SiteContent;
  /** The memo for the next load, when the load was given one. */
  readonly memo?: LoadMemo;
  /** build --incremental: this load's validated files, made or reused, for the next build. */
  readonly stored?: StoredArticles;
  /** Milliseconds spent checking, apart from reading and parsing (build reports it as its own phase). */
  readonly checkingMs: number;
}

interface ParsedDataFile {
  readonly text: string;
  readonly parsed: ReturnType<typeof parseYamlBlock>;
}

/** A content folder, validated: the site's data and every problem found. */
export interface SiteContent {
  readonly site: SiteConfig;
  readonly urls: Urls;
  readonly registry: Registry;
  /** Published articles (plus drafts/scheduled when asked for), newest first. */
  readonly articles: readonly Article[];
  readonly pages: readonly StaticPage[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Loads and validates a whole content folder in one pass; renders bodies only when asked to. */
export async function loadContent(options: LoadOptions): Promise<SiteContent> {
  return (await loadContentWith(options)).content;
}

/** loadContent, with what serve's memo and build --incremental's store keep for the next load. */
export async function loadContentWith(options: LoadOptions): Promise<LoadResult> {
  const { contentDir } = options;
  const diagnostics: Diagnostic[] = [];
  const timing: ValidationTiming = { checking: 0 };
  // serve reads the data files on every save; an unchanged file is not parsed again.
  const dataFiles = new Map<string, ParsedDataFile>();
  const readData = (file: string) => readDataFile(contentDir, file, diagnostics, options.memo?.dataFiles, dataFiles);
  const root = contentRoot(contentDir);
  if (!root.ok) {
    diagnostics.push({
      ...root.diagnostic,
      suggestion: "pass --content with the folder that holds articles/ and _data/",
    });
  }
  // Without a content folder there is nothing more to say than that.
  const siteData = root.ok ? await readData("_data/site.yaml") : undefined;
  const { config, diagnostics: siteProblems } = readSiteConfig(
    siteData?.data,
    "_data/site.yaml",
    siteData?.positionOf ?? (() => ({ line: 1, column: 1 })),
  );
  // A site.yaml that is missing or refused was named once already: its fields' defaults need no warning each.
  if (siteData) diagnostics.push(...siteProblems);
  const site: SiteConfig = {
    ...config,
    ...(options.baseUrl ? { url: options.baseUrl.replace(/\/+$/, "") } : {}),
    ...(options.pathPrefix
      ? { pathPrefix: `/${options.pathPrefix.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/") }
      : {}),
  };
  const entityData = root.ok ? await readData("_data/entities.yaml") : undefined;
  // The registry of the same parsed entities.yaml is the same registry (the parse is reused while the file is unchanged).
  const lastRegistry = options.memo?.registry;
  const made =
    lastRegistry && lastRegistry.from === entityData
      ? lastRegistry
      : {
          from: entityData,
          made: createRegistry(
            entityData?.data,
            "_data/entities.yaml",
            entityData?.positionOf ?? (() => ({ line: 1, column: 1 })),
            entityData?.positionAt,
          ),
        };
  const { registry, diagnostics: registryProblems } = made.made;
  diagnostics.push(...registryProblems);

  // One look at the folders for the listing and every article read after it.
  const look = contentLook();
  const files = root.ok ? await listContentFiles(contentDir, look) : { articles: [], pages: [], diagnostics: [] };
  diagnostics.push(...files.diagnostics);
  const now = options.now.setZone(site.timezone);
  const md = createMarkdown(site);
  const env = { pathPrefix: site.pathPrefix };
  const context = {
    registry,
    zone: site.timezone,
    now,
    md,
    env,
    render: options.render,
    mentions: createMentionFinder(registry),
    timing,
    preview: options.preview === true,
  };
  // Anything that changes how every article validates (site.yaml, entities.yaml, rendering) is in each stamp.
  const signature = versionHash(
    JSON.stringify([site, entityData?.data ?? null, options.render, options.preview === true]),
  );
  // What the cache answers without a look at the file (serve, after a save the watcher reported), then the rest.
  const changed =
    options.changedFiles &&
    new Set([...options.changedFiles].map((path) => relative(contentDir, path).split(sep).join("/")));
  const known = files.articles.map((file) => {
    const entry = changed && !changed.has(file) ? options.memo?.articles.get(file) : undefined;
    return entry && current(entry.result, now);
  });
  // build --incremental: files whose text is unchanged since the last build are taken as that build left them. An
  // entity's description and url are shown on its own page and never read in validating an article, and a stored
  // article gets the registry's entity objects back (stored-article.ts): changing them keeps the stored articles.
  // (serve's memo keeps article objects as they were, entities included, so its stamp keeps the whole file.)
  const storeSignature = versionHash(
    JSON.stringify([site, validationEntities(entityData?.data), options.render, options.preview === true]),
  );
  const store = options.store && { ...options.store, signature: `${storeSignature} ${options.store.version}` };
  const stored = store?.articles.signature === store?.signature ? store?.articles.entries : undefined;
  const next = new Map<string, StoredEntry>();
  const cached = options.memo && new Map<string, CachedArticle>();
  let reused = 0;
  const validated = await mapLimited(files.articles, OPEN_FILES, (file, i) => known[i] ?? validate(file));
  async function validate(file: string): Promise<ValidatedFile> {
    const path = join(contentDir, file);
    // Synchronous: a promise per stat costs several times the stat itself, and serve stats every file per save.
    const stamp = cached ? fileStamp(signature, path) : "";
    const last = options.memo?.articles.get(file);
    if (last && last.stamp === stamp) {
      cached?.set(file, last);
      return current(last.result, now);
    }
    const read = await readContentText(contentDir, file, look);
    if (read.text === undefined) return { diagnostics: read.diagnostics };
    if (!store) {
      const result = validateArticle(file, read.text, context);
      cached?.set(file, { stamp, result });
      return result;
    }
    const source = textHash(read.text);
    const before = stored?.get(file);
    if (before && before.source === source) {
      next.set(file, before);
      reused++;
      return current(fromStored(before, registry, site.timezone, read.text), now);
    }
    const result = validateArticle(file, read.text, context, source);
    next.set(file, toStored(source, result, read.text));
    return result;
  }
  // The memo keeps the articles answered without a look (known) as well as those looked at.
  if (cached) files.articles.forEach((file, i) => known[i] && cached.set(file, options.memo!.articles.get(file)!));
  const all: Article[] = [];
  for (const v of validated) {
    diagnostics.push(...v.diagnostics);
    if ("article" in v && v.article) all.push(v.article);
  }
  const pages = await loadPages(contentDir, files.pages, diagnostics, md, options.render ? env : undefined);
  const checking = performance.now();
  diagnostics.push(...duplicatePaths(all), ...checkArticleReferences(all), ...checkAliases(all, pages));
  // What the build would refuse later, refused here at its line: a renamed topic's old address that is a page,
  // a lead or body image it could not resize (src/build/output-claims.ts does the same for pages and aliases).
  const positionOfEntity = entityData?.positionOf ?? (() => ({ line: 1, column: 1 }));
  const images = [...all, ...pages].flatMap(imageUses);
  diagnostics.push(...checkFormerSlugs(entityData?.data, registry, "_data/entities.yaml", positionOfEntity));
  diagnostics.push(...(await checkContentImages(images, contentDir)));
  // Different topics that would share a page are refused; spellings of one topic are merged by canonicalTopics.
  diagnostics.push(...(await checkTopicClashes(all, registry, contentDir)));
  timing.checking += performance.now() - checking;

  const included = newestFirst(
    canonicalTopics(all.filter((a) => (options.drafts || !a.draft) && (options.future || !a.scheduled))),
  );
  const content: SiteContent = {
    site,
    urls: new Urls(site.url, site.pathPrefix),
    registry,
    articles: included,
    pages,
    diagnostics,
  };
  return {
    content,
    ...(cached ? { memo: { articles: cached, dataFiles, registry: made } } : {}),
    ...(store ? { stored: { signature: store.signature, entries: next, reused } } : {}),
    checkingMs: timing.checking,
  };
}

/** The same URL claimed twice, compared without case (hosts differ on case-sensitivity): an error on both files. */
function duplicatePaths(articles: readonly Article[]): Diagnostic[] {
  const seen = new Map<string, Article>();
  const problems: Diagnostic[] = [];
  for (const a of articles) {
    const key = a.path.toLowerCase();
    const first = seen.get(key);
    if (!first) {
      seen.set(key, a);
      continue;
    }
    for (const [mine, other] of [
      [a, first],
      [first, a],
    ] as const) {
      const from = mine.pathFrom ?? { field: "slug" as const, line: 1, column: 1 };
      const suggestion =
        from.field === "slug"
          ? "change slug: in one of the two files"
          : "add slug: to one of the two files (without it the URL is made from the date and the file name)";
      problems.push({
        file: mine.file,
        line: from.line,
        column: from.column,
        field: from.field,
        severity: "error",
        message: `${mine.path} is also the URL of ${other.file}`,
        suggestion,
      });
    }
  }
  return problems;
}

// A data file read and parsed (`last` holds the last load's parses, `next` gets this one's).
async function readDataFile(
  contentDir: string,
  file: string,
  diagnostics: Diagnostic[],
  last: ReadonlyMap<string, ParsedDataFile> | undefined,
  next: Map<string, ParsedDataFile>,
) {
  // Read through content-fs: a linked site.yaml or _data/, a folder named site.yaml, a file named _data are errors.
  const read = await readContentText(contentDir, file);
  if (read.missing) {
    diagnostics.push({
      file,
      line: 1,
      column: 1,
      field: "file",
      severity: "warning",
      message: `no ${file}; using defaults`,
      suggestion: `create ${file} (see the README)`,
    });
    return undefined;
  }
  diagnostics.push(...read.diagnostics);
  if (read.text === undefined) return undefined;
  const before = last?.get(file);
  const parsed = before?.text === read.text ? before.parsed : parseYamlBlock(read.text, file, 0);
  next.set(file, { text: read.text, parsed });
  if (!parsed.ok) {
    diagnostics.push(...parsed.diagnostics.map((d) => ({ ...d, field: "yaml" })));
    return undefined;
  }
  return parsed;
}

// Static pages, each body parsed once for its images and rendered when `env` is given.
async function loadPages(
  contentDir: string,
  files: readonly string[],
  diagnostics: Diagnostic[],
  md: MarkdownIt,
  env?: MarkdownEnv,
): Promise<StaticPage[]> {
  const pages: StaticPage[] = [];
  for (const file of files) {
    const read = await readContentText(contentDir, file);
    diagnostics.push(...read.diagnostics);
    if (read.text === undefined) continue;
    const parsed = parseFrontMatter(read.text, file);
    if (!parsed.ok) {
      diagnostics.push(...parsed.diagnostics);
      continue;
    }
    const result = pageFrontMatterSchema.safeParse(parsed.file.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? "front-matter");
        diagnostics.push({ file, ...parsed.file.positionOf(field), field, severity: "error", message: issue.message });
      }
      continue;
    }
    if (result.data.draft) continue;
    const slug = result.data.slug ?? slugify(file.split("/").pop()!.replace(/\.md$/i, ""));
    const slugAt = result.data.slug === undefined ? {} : { slugAt: parsed.file.positionOf("slug") };
    const body = parsed.file.body;
    const tokens = md.parse(body, { ...env });
    const html = env ? md.renderer.render(tokens, md.options, { ...env }) : "";
    const bodyImages = collectBodyImages(tokens, parsed.file.bodyLine);
    const { title, summary } = result.data;
    const dek = summary ?? derivedDek(tokens);
    // Where each alias was written, for checkAliases (which says what is wrong with one) and output claims.
    const aliases = result.data.aliases?.map((value, i) => ({ value, ...parsed.file.positionOf("aliases", i) }));
    const page = { file, title, slug, path: staticPagePath(slug), ...slugAt, summary, dek, body, html, bodyImages };
    pages.push(aliases ? { ...page, aliases } : page);
  }
  return pages;
}

// A file's stamp for the article cache: what decides how it validates (`signature`), its modification time and size.
function fileStamp(signature: string, path: string): string {
  try {
    const s = lstatSync(path);
    return `${signature} ${s.mtimeMs} ${s.size}`;
  } catch {
    return `${signature} missing`; // gone since it was listed: read, and reported like any unreadable file
  }
}

// A cached article as of `now`: only "scheduled" depends on the time of the load, and an article it leaves alone
// stays the same object.
function current(result: ValidatedFile, now: DateTime): ValidatedFile {
  const { article } = result;
  return article && article.scheduled !== article.date > now
    ? { ...result, article: { ...article, scheduled: article.date > now } }
    : result;
}

// entities.yaml as article validation reads it: every entry without its description, url and ATT&CK ID (display only).
function validationEntities(data: unknown): unknown {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return data ?? null;
  return Object.fromEntries(
    Object.entries(data).map(([kind, entries]) => [
      kind,
      Array.isArray(entries)
        ? entries.map((entry: unknown) => {
            if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return entry;
            const { description: _description, url: _url, attack: _attack, ...rest } = entry as Record<string, unknown>;
            return rest;
          })
        : entries,
    ]),
  );
}
