import type { DateTime } from "luxon";
import type { Diagnostic } from "../model/diagnostic.ts";
import { checkAliasPath } from "../model/query-alias.ts";
import type { ArticleReference } from "../model/article.ts";
import { TAXONOMIES } from "../model/entity.ts";
import { fingerprinted } from "../site/assets.ts";
import { siteOutputs } from "./outputs.ts";
import type { SiteModel } from "../site/site-model.ts";
import { outputKey, redirectPagePath, reservedFolder } from "../site/reserved-paths.ts";

// An address that content asks for (a static page, an article's alias), with where it was asked for.
interface Claim {
  readonly path: string;
  /** As written. */
  readonly shown: string;
  readonly what: string;
  readonly at: Pick<Diagnostic, "file" | "line" | "column" | "field">;
  readonly fix: string;
  /** Claims that mean the same (one alias written twice on an article) are not a conflict. */
  readonly owner: string;
}

/**
 * Static-page slugs and article and page aliases that would be written over a file newsdesk generates (a page of the
 * model, a feed, a sitemap, robots.txt, _headers, _redirects, a renamed topic's redirect), into a folder it fills
 * itself (/assets/, /img/, /pagefind/), or over each other: an error at the slug or alias, naming what is there.
 * The generated files are the build's own list (siteOutputs), so check refuses exactly what the build would.
 */
export function checkOutputClaims(model: SiteModel, now: DateTime): Diagnostic[] {
  const claims = contentClaims(model);
  if (claims.length === 0) return [];
  const generated = generatedFiles(model, now);
  const claimed = new Map<string, Claim>();
  const problems: Diagnostic[] = [...generated.problems];
  for (const claim of claims) {
    const report = (message: string) =>
      problems.push({ ...claim.at, severity: "error", message, suggestion: claim.fix });
    const key = outputKey(claim.path);
    if (key === undefined) continue; // not a writable path: the alias check says why
    const folder = reservedFolder(claim.path);
    const there = generated.files.get(key) ?? crossing(key, generated);
    const earlier = claimed.get(key);
    const own = folder && !folder.path.endsWith("/") && claim.path.toLowerCase().replace(/\/$/, "") === folder.path;
    if (folder) report(`${claim.shown} is ${own ? "" : "inside "}${folder.path}, where newsdesk writes ${folder.what}`);
    else if (there) report(`${claim.shown} is ${describe(there, model)}, which newsdesk makes itself`);
    else if (earlier && earlier.owner !== claim.owner) report(`${claim.shown} is also ${earlier.what}`);
    if (!earlier) claimed.set(key, claim);
  }
  return problems;
}

// Static pages first (a page outranks a redirect), then each article's and page's aliases, in the order written.
function contentClaims(model: SiteModel): Claim[] {
  const pages = model.content.pages.map((page): Claim => ({
    path: page.path,
    shown: page.path,
    what: `the address of the page ${page.file}`,
    at: {
      file: page.file,
      line: page.slugAt?.line ?? 1,
      column: page.slugAt?.column ?? 1,
      field: page.slugAt ? "slug" : "file",
    },
    fix: page.slugAt ? "give the page another slug:" : "rename the file, or give the page a slug: of its own",
    owner: page.file,
  }));
  const aliasesOf = (owner: { readonly file: string; readonly aliases?: readonly ArticleReference[] }) =>
    (owner.aliases ?? []).map((alias): Claim => ({
      path: redirectPagePath(normal(alias.value)),
      shown: alias.value,
      what: `an alias of ${owner.file}`,
      at: { file: owner.file, line: alias.line, column: alias.column, field: "aliases" },
      fix: "an alias must be an old address the site no longer has: remove it, or write the one readers used",
      owner: owner.file,
    }));
  const aliases = [...model.content.articles.flatMap(aliasesOf), ...model.content.pages.flatMap(aliasesOf)];
  return [...pages, ...aliases];
}

// Generated files and the folders they are in (both by outputKey), each with a site path written there.
interface Generated {
  readonly files: ReadonlyMap<string, string>;
  readonly folders: ReadonlyMap<string, string>;
  readonly problems: readonly Diagnostic[];
}

// Every file the build writes that no static page or alias asked for: its site path by outputKey. Renamed topics'
// redirects are among them; should two of those clash (checkFormerSlugs refuses that first), each is an error.
function generatedFiles(model: SiteModel, now: DateTime): Generated {
  const own: SiteModel = {
    ...model,
    pages: model.pages.filter((page) => page.kind !== "static"),
    content: {
      ...model.content,
      pages: [],
      articles: model.content.articles.map((a) => (a.aliases ? { ...a, aliases: undefined } : a)),
    },
  };
  const asset = fingerprinted("x", "css", "");
  let outputs;
  try {
    outputs = siteOutputs(
      own,
      {
        stylesheet: asset,
        searchScript: asset,
        searchBundles: asset,
        embedScript: asset,
        queryScript: asset,
        logo: asset,
        worldMap: asset,
      },
      now,
      () => "",
    );
  } catch (error) {
    const lines = (error as Error).message.split("\n").slice(1);
    const at = { file: "_data/entities.yaml", line: 1, column: 1, field: "former_slugs", severity: "error" as const };
    return {
      files: new Map(),
      folders: new Map(),
      problems: lines.map((message) => ({ ...at, message, suggestion: "remove the former slug" })),
    };
  }
  const files = new Map(outputs.map((output) => [output.file.toLowerCase(), output.path]));
  const folders = new Map<string, string>();
  for (const [file, path] of files) {
    for (let i = file.lastIndexOf("/"); i > 0 && !folders.has(file.slice(0, i)); i = file.lastIndexOf("/", i - 1))
      folders.set(file.slice(0, i), path);
  }
  return { files, folders, problems: [] };
}

// A generated file that would have to be a folder for the claimed file to be written ("/_redirects" asked for as
// /_redirects/index.html), or a generated file inside the claimed one (a claimed file where a folder must be).
function crossing(key: string, generated: Generated): string | undefined {
  const parts = key.split("/");
  for (let i = 1; i < parts.length; i++) {
    const above = generated.files.get(parts.slice(0, i).join("/"));
    if (above !== undefined) return above;
  }
  return generated.folders.get(key);
}

// What a generated file is, for the message: "the article articles/x.md", "a topic page (/agencies/europol/)".
function describe(path: string, model: SiteModel): string {
  const page = model.pages.find((p) => p.path === path && p.kind !== "static");
  const renamed = TAXONOMIES.some((kind) =>
    model.terms[kind].some((t) => t.entity.formerSlugs?.some((old) => path.startsWith(`/${kind}/${old}/`))),
  );
  if (!page) return renamed ? `the old address of a renamed topic (${path})` : `the file ${path}`;
  switch (page.kind) {
    case "article":
      return `the address of the article ${page.article.file}`;
    case "home":
      return path === "/" ? "the home page" : `a page of the home page's list (${path})`;
    case "term":
      return `the page of ${page.entity.name} (${path})`;
    case "taxonomy-index":
      return `the index of ${page.taxonomy} (${path})`;
    case "year":
    case "month":
      return `a date archive (${path})`;
    case "search":
      return `the search page (${path})`;
    case "not-found":
      return `the page for addresses not found (${path})`;
    default:
      return `the page ${path}`;
  }
}

// An alias where its redirect page is written (checkAliasPath: /?p=123 at /p/123/), or as written when it is no
// site path (the alias check says why).
function normal(path: string): string {
  const checked = checkAliasPath(path);
  return checked.ok ? checked.value : path;
}
