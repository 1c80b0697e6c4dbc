import { DateTime } from "luxon";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { createRegistry, type Registry } from "../taxonomy/registry.ts";
import { canonicalTopics } from "../taxonomy/topics.ts";
import { readSiteConfig, type SiteConfig } from "../site/config.ts";
import { Urls, staticPagePath } from "../site/urls.ts";
import { byDateDesc, type Article, type StaticPage } from "./article.ts";
import { checkAliases } from "./aliases.ts";
import { checkArticleReferences } from "./article-references.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { listContentFiles } from "./files.ts";
import { mapLimited } from "./map-limited.ts";
import { createMentionFinder } from "./lints/mentions.ts";
import { parseFrontMatter, parseYamlBlock } from "./front-matter.ts";
import { createMarkdown, renderMarkdown } from "./markdown.ts";
import { readContentText } from "./read-text.ts";
import { pageFrontMatterSchema } from "./schema.ts";
import { slugify } from "./slug.ts";
import { validateArticle } from "./validate-article.ts";

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
  /** Validated articles of earlier loads (serve): a file whose size, time and site data are unchanged is not read again. */
  readonly cache?: ArticleCache;
}

/** Earlier loads' validated articles by file, each with the stamp (site data, modification time, size) it was made under. */
export type ArticleCache = Map<string, { readonly stamp: string; readonly result: ValidatedFile }>;

type ValidatedFile = { readonly diagnostics: readonly Diagnostic[]; readonly article?: Article };

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
  const { contentDir } = options;
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(contentDir)) {
    diagnostics.push({ file: contentDir, line: 1, column: 1, field: "file", severity: "error", message: "the content folder does not exist", suggestion: "pass --content with the folder that holds articles/ and _data/" });
  }
  const siteData = await readDataFile(contentDir, "_data/site.yaml", diagnostics);
  const { config, diagnostics: siteProblems } = readSiteConfig(siteData?.data, "_data/site.yaml", siteData?.positionOf ?? (() => ({ line: 1, column: 1 })));
  diagnostics.push(...siteProblems);
  const site: SiteConfig = {
    ...config,
    ...(options.baseUrl ? { url: options.baseUrl.replace(/\/+$/, "") } : {}),
    ...(options.pathPrefix ? { pathPrefix: `/${options.pathPrefix.replace(/^\/+|\/+$/g, "")}/`.replace("//", "/") } : {}),
  };
  const entityData = await readDataFile(contentDir, "_data/entities.yaml", diagnostics);
  const { registry, diagnostics: registryProblems } = createRegistry(entityData?.data, "_data/entities.yaml", entityData?.positionOf ?? (() => ({ line: 1, column: 1 })));
  diagnostics.push(...registryProblems);

  const files = await listContentFiles(contentDir);
  diagnostics.push(...files.diagnostics);
  const now = options.now.setZone(site.timezone);
  const md = createMarkdown();
  const env = { pathPrefix: site.pathPrefix };
  const context = { registry, zone: site.timezone, now, md, env, render: options.render, mentions: createMentionFinder(registry) };
  // Anything that changes how every article validates (site.yaml, entities.yaml, rendering) is in each stamp.
  const signature = createHash("sha1").update(JSON.stringify([site, entityData?.data ?? null, options.render])).digest("base64");
  const validated = await mapLimited(files.articles, OPEN_FILES, async (file): Promise<ValidatedFile> => {
    const path = join(contentDir, file);
    const stamp = options.cache ? await stat(path).then((s) => `${signature} ${s.mtimeMs} ${s.size}`) : "";
    const cached = options.cache?.get(file);
    if (cached && cached.stamp === stamp) {
      const { article } = cached.result;
      // Only "scheduled" depends on the time of the load.
      return article ? { ...cached.result, article: { ...article, scheduled: article.date > now } } : cached.result;
    }
    const read = await readContentText(path, file);
    const result = read.text === undefined ? read : validateArticle(file, read.text, context);
    options.cache?.set(file, { stamp, result });
    return result;
  });
  if (options.cache) {
    const present = new Set(files.articles);
    for (const file of options.cache.keys()) if (!present.has(file)) options.cache.delete(file);
  }
  const all: Article[] = [];
  for (const v of validated) {
    diagnostics.push(...v.diagnostics);
    if ("article" in v && v.article) all.push(v.article);
  }
  diagnostics.push(...duplicatePaths(all), ...checkArticleReferences(all), ...checkAliases(all));
  const pages = await loadPages(contentDir, files.pages, diagnostics);

  const included = canonicalTopics(all.filter((a) => (options.drafts || !a.draft) && (options.future || !a.scheduled))).sort(byDateDesc);
  return {
    site,
    urls: new Urls(site.url, site.pathPrefix),
    registry,
    articles: included,
    pages: options.render ? pages.map((p) => ({ ...p, html: renderMarkdown(md, p.body, env) })) : pages,
    diagnostics,
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
    for (const [mine, other] of [[a, first], [first, a]] as const) {
      problems.push({ file: mine.file, line: 1, column: 1, field: "slug", severity: "error", message: `${mine.path} is also the URL of ${other.file}`, suggestion: "give one of the two articles a different slug: field" });
    }
  }
  return problems;
}

async function readDataFile(contentDir: string, file: string, diagnostics: Diagnostic[]) {
  const path = join(contentDir, file);
  if (!existsSync(path)) {
    diagnostics.push({ file, line: 1, column: 1, field: "file", severity: "warning", message: `no ${file}; using defaults`, suggestion: `create ${file} (see the README)` });
    return undefined;
  }
  const read = await readContentText(path, file);
  diagnostics.push(...read.diagnostics);
  if (read.text === undefined) return undefined;
  const parsed = parseYamlBlock(read.text, file, 0);
  if (!parsed.ok) {
    diagnostics.push(...parsed.diagnostics.map((d) => ({ ...d, field: "yaml" })));
    return undefined;
  }
  return parsed;
}

async function loadPages(contentDir: string, files: readonly string[], diagnostics: Diagnostic[]): Promise<StaticPage[]> {
  const pages: StaticPage[] = [];
  for (const file of files) {
    const read = await readContentText(join(contentDir, file), file);
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
    pages.push({ file, title: result.data.title, slug, path: staticPagePath(slug), summary: result.data.summary, body: parsed.file.body, html: "" });
  }
  return pages;
}
