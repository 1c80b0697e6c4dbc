import * as pagefind from "pagefind";
import type { SearchRecord } from "./records.ts";

/** Writes a Pagefind index of the records into `bundleDir` (the site's /pagefind/ folder); returns how many were indexed. */
export async function writeSearchIndex(records: readonly SearchRecord[], bundleDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: ${errors.join("; ")}`);
  try {
    for (const record of records) {
      const added = await index.addCustomRecord({ ...record });
      if (added.errors.length > 0) throw new Error(`search index: ${record.url}: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join("; ")}`);
    return records.length;
  } finally {
    await pagefind.close();
  }
}
