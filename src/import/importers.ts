import type { Importer } from "./imported.ts";
import { wordpressImporter } from "./wordpress/wordpress-importer.ts";
import { jekyllImporter } from "./jekyll/jekyll-importer.ts";
import { hugoImporter } from "./hugo/hugo-importer.ts";

/** The archives newsdesk imports. */
export type SourceKind = "wordpress" | "jekyll" | "hugo";

/** Options an importer may take (--uploads is WordPress's). */
export interface SourceOptions {
  readonly uploads?: string;
}

/** Each source kind's importer, made from the path given on the command line. */
export const IMPORTERS: Readonly<Record<SourceKind, (path: string, options: SourceOptions) => Importer>> = {
  wordpress: (path, options) => wordpressImporter(path, options),
  jekyll: (path) => jekyllImporter(path),
  hugo: (path) => hugoImporter(path),
};
