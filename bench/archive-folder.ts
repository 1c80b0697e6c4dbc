import type { Article } from "../src/model/article.ts";
import type { Entity } from "../src/model/entity.ts";
import { type SiteFile, writeSiteFiles } from "./site-files.ts";
import { withInternalLinks } from "./internal-links.ts";
import { articleMarkdown } from "./synthetic-markdown.ts";
import { syntheticArchive } from "./synthetic.ts";

/** Articles a list page of the benchmark archive shows: newsdesk's site.yaml and Hugo's paginator use the same. */
export const BENCH_PER_PAGE = 10;

/** The benchmark archive's site.yaml: every field set, so loading it warns about nothing. */
export const BENCH_SITE_YAML = [
  `title: "Synthetic Desk"`,
  `url: "https://bench.example"`,
  "language: en",
  "timezone: UTC",
  `description: "A made-up archive that newsdesk bench builds to time the full pipeline."`,
  `copyright: "newsdesk bench"`,
  `perPage: ${BENCH_PER_PAGE}`,
  "",
].join("\n");

/** Which synthetic archive: its size and seed, and whether its articles link to each other (`deadLinks`: the percentage of those links that lead to no page). */
export interface ArchiveOptions {
  readonly articles: number;
  readonly seed: number;
  readonly deadLinks?: number;
}

/** A synthetic archive in the content layout: what `writeArchiveFolder` writes, and the articles it came from. */
export interface ArchiveFiles {
  readonly articles: readonly Article[];
  readonly files: readonly SiteFile[];
}

/**
 * The files of a content folder holding `articles` synthetic articles of `seed`: one Markdown file each,
 * `_data/site.yaml`, and `_data/entities.yaml` registering exactly the agencies and outlets the articles name
 * (countries are ISO names newsdesk knows; topics need no registry). With `deadLinks`, each article also links
 * to others, that share of the links dead (bench/internal-links.ts). Same options, same bytes.
 */
export function archiveFiles(options: ArchiveOptions): ArchiveFiles {
  const made = syntheticArchive({ articles: options.articles, seed: options.seed });
  const articles = options.deadLinks === undefined ? made : withInternalLinks(made, options.deadLinks, options.seed);
  const files = [
    { path: "_data/site.yaml", text: BENCH_SITE_YAML },
    { path: "_data/entities.yaml", text: entitiesYaml(articles) },
    ...articles.map(articleMarkdown),
  ];
  return { articles, files };
}

/** Writes `archiveFiles(options)` into `dir` (a content folder for `newsdesk build --content`) and returns them. */
export async function writeArchiveFolder(dir: string, options: ArchiveOptions): Promise<ArchiveFiles> {
  const archive = archiveFiles(options);
  await writeSiteFiles(dir, archive.files);
  return archive;
}

/** entities.yaml listing each agency and outlet the articles name once, sorted by name. */
export function entitiesYaml(articles: readonly Article[]): string {
  const section = (kind: "agencies" | "outlets") => {
    const names = new Map<string, Entity>();
    for (const a of articles) for (const e of a[kind]) names.set(e.name, e);
    const sorted = [...names.keys()].sort();
    // Names are JSON-quoted: YAML reads a JSON string as is.
    return [`${kind}:`, ...(sorted.length > 0 ? sorted.map((n) => `  - name: ${JSON.stringify(n)}`) : ["  []"])];
  };
  return [...section("agencies"), ...section("outlets"), ""].join("\n");
}
