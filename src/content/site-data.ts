import { readContentText } from "./read-text.ts";
import { parseYamlBlock } from "./front-matter.ts";
import { readSiteConfig } from "./site-yaml.ts";
import { createRegistry, type Registry } from "../taxonomy/registry.ts";
import type { SiteConfig } from "../model/site-config.ts";
import type { Diagnostic } from "../model/diagnostic.ts";

/** A content folder's two data files, read without its articles: what import needs to write into it. */
export interface SiteData {
  readonly site: SiteConfig;
  readonly registry: Registry;
  /** Which of the two files exist (a missing one is written by import, never replaced). */
  readonly has: { readonly site: boolean; readonly entities: boolean };
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads _data/site.yaml and _data/entities.yaml as check does; a missing file is defaults, not a problem. */
export async function readSiteData(contentDir: string): Promise<SiteData> {
  const diagnostics: Diagnostic[] = [];
  const read = async (file: string) => {
    const text = await readContentText(contentDir, file);
    if (text.missing) return { exists: false as const };
    diagnostics.push(...text.diagnostics);
    if (text.text === undefined) return { exists: true as const };
    const parsed = parseYamlBlock(text.text, file, 0);
    if (!parsed.ok) {
      diagnostics.push(...parsed.diagnostics);
      return { exists: true as const };
    }
    return { exists: true as const, parsed };
  };
  const site = await read("_data/site.yaml");
  const entities = await read("_data/entities.yaml");
  const origin = { line: 1, column: 1 };
  const config = readSiteConfig(site.parsed?.data, "_data/site.yaml", site.parsed?.positionOf ?? (() => origin));
  if (site.parsed) diagnostics.push(...config.diagnostics);
  const made = createRegistry(
    entities.parsed?.data,
    "_data/entities.yaml",
    entities.parsed?.positionOf ?? (() => origin),
    entities.parsed?.positionAt,
  );
  diagnostics.push(...made.diagnostics);
  return {
    site: config.config,
    registry: made.registry,
    has: { site: site.exists, entities: entities.exists },
    diagnostics,
  };
}
