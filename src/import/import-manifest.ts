import { createHash } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** The file, in the content folder, where import keeps what it wrote (hidden: check and build skip it). */
export const MANIFEST_FILE = ".newsdesk-import.json";

/** What import wrote at a content path: the source item or file, and a hash of the bytes it wrote. */
export interface ManifestEntry {
  readonly from: string;
  readonly sha256: string;
}

/** SHA-256 of text or bytes, hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * What earlier imports wrote into a content folder. A file whose bytes still hash to its entry is import's own
 * and may be replaced; one that differs was edited since and is left unless --force; one with no entry was
 * never import's and is never replaced.
 */
export class ImportManifest {
  private constructor(private readonly entries: Map<string, ManifestEntry>) {}

  /** The manifest of a content folder (empty when there is none, or it is unreadable). */
  static async read(contentDir: string): Promise<ImportManifest> {
    try {
      const data = JSON.parse(await readFile(join(contentDir, MANIFEST_FILE), "utf8")) as { files?: unknown };
      const files = data.files && typeof data.files === "object" ? Object.entries(data.files) : [];
      const valid = files.filter(
        (e): e is [string, ManifestEntry] =>
          typeof e[1] === "object" && e[1] !== null && typeof (e[1] as ManifestEntry).sha256 === "string",
      );
      return new ImportManifest(new Map(valid));
    } catch {
      return new ImportManifest(new Map());
    }
  }

  /** The entry for a content path. */
  get(path: string): ManifestEntry | undefined {
    return this.entries.get(path);
  }

  /** Records what was written (or found unchanged) at a path. */
  set(path: string, entry: ManifestEntry): void {
    this.entries.set(path, entry);
  }

  /** Writes the manifest beside the content, sorted, through a temporary file; an unchanged one is left alone. */
  async write(contentDir: string): Promise<void> {
    const files = Object.fromEntries([...this.entries].sort(([a], [b]) => a.localeCompare(b)));
    const target = join(contentDir, MANIFEST_FILE);
    const text = `${JSON.stringify({ version: 1, files }, null, 1)}\n`;
    if ((await readFile(target, "utf8").catch(() => undefined)) === text) return;
    await writeFile(`${target}.tmp`, text);
    await rename(`${target}.tmp`, target);
  }
}
