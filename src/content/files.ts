import { statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic } from "./diagnostics.ts";

/** The Markdown files of a content folder, as paths relative to it with forward slashes. */
export interface ContentFiles {
  readonly articles: readonly string[];
  readonly pages: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Lists articles/**\/*.md and pages/*.md. Symbolic links are never followed (a link could lead out of the
 * content folder); hidden files and folders are skipped. Sorted, so every run sees the same order.
 */
export async function listContentFiles(contentDir: string): Promise<ContentFiles> {
  const diagnostics: Diagnostic[] = [];
  const walk = async (relative: string, deep: boolean): Promise<string[]> => {
    let entries;
    try {
      entries = await readdir(join(contentDir, relative), { withFileTypes: true });
    } catch {
      return [];
    }
    const found: string[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = `${relative}/${entry.name}`;
      if (entry.isSymbolicLink()) {
        diagnostics.push({ file: path, line: 1, column: 1, field: "file", severity: "warning", message: "symbolic link not followed", suggestion: "copy the file into the content folder instead" });
      } else if (entry.isDirectory() && deep) {
        found.push(...(await walk(path, deep)));
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) {
        found.push(path);
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
  const all = [...files.articles, ...files.pages, "_data/site.yaml", "_data/entities.yaml"].map((file) => join(contentDir, file));
  return all.filter((path) => {
    try {
      return statSync(path).mtimeMs > since;
    } catch {
      return false; // gone, or never there (a data file left out)
    }
  });
}
