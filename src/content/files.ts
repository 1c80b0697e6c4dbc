import { lstatSync } from "node:fs";
import { join } from "node:path";
import { listContentFolder, resolveContentPath, type ContentLook } from "./content-fs.ts";
import type { Diagnostic } from "../model/diagnostic.ts";

/** The Markdown files of a content folder, as paths relative to it with forward slashes. */
export interface ContentFiles {
  readonly articles: readonly string[];
  readonly pages: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Lists articles/**\/*.md and pages/*.md. Symbolic links are never followed (a link could lead out of the
 * content folder): a linked file or folder, articles/ and pages/ themselves included, is an error at its path, so
 * check and build refuse the same folder. A missing articles/ or pages/ is an empty one; hidden entries are
 * skipped. Sorted, so every run sees the same order. `look` keeps the folders found for the reads that follow.
 */
export async function listContentFiles(contentDir: string, look?: ContentLook): Promise<ContentFiles> {
  const diagnostics: Diagnostic[] = [];
  const error = (file: string, message: string, suggestion: string) =>
    diagnostics.push({ file, line: 1, column: 1, field: "file", severity: "error", message, suggestion });
  const walk = async (relative: string, deep: boolean): Promise<string[]> => {
    const listed = await listContentFolder(contentDir, relative, undefined, look);
    if (!listed.ok) {
      if (listed.reason !== "missing") diagnostics.push(listed.diagnostic);
      return [];
    }
    const found: string[] = [];
    for (const entry of listed.entries) {
      if (entry.name.startsWith(".")) continue;
      const path = `${relative}/${entry.name}`;
      const markdown = entry.name.toLowerCase().endsWith(".md");
      if (entry.isSymbolicLink()) {
        // The same words as every other refused link (content-fs.ts).
        const refused = resolveContentPath(contentDir, path);
        if (!refused.ok) diagnostics.push(refused.diagnostic);
      } else if (entry.isDirectory()) {
        if (deep) found.push(...(await walk(path, deep)));
      } else if (entry.isFile()) {
        if (markdown) found.push(path);
      } else if (markdown) {
        // A pipe or device named .md would make a read wait for ever.
        error(path, "not a regular file", "replace it with a Markdown file, or remove it");
      }
    }
    return found;
  };
  const [articles, pages] = await Promise.all([walk("articles", true), walk("pages", false)]);
  return { articles: articles.sort(), pages: pages.sort(), diagnostics };
}

/** The content files (articles, pages, the two data files) modified after `since` (ms since 1970), as absolute paths. */
export async function modifiedSince(contentDir: string, since: number): Promise<string[]> {
  const files = await listContentFiles(contentDir);
  const all = [...files.articles, ...files.pages, "_data/site.yaml", "_data/entities.yaml"].map((file) =>
    join(contentDir, file),
  );
  return all.filter((path) => {
    try {
      return lstatSync(path).mtimeMs > since;
    } catch {
      return false; // gone, or never there (a data file left out)
    }
  });
}
