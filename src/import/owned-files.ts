import { lstat, mkdir, readFile, realpath, rename, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { sha256, type ImportManifest } from "./import-manifest.ts";

/** What happened to one file import wanted to write. */
export type WriteOutcome = "written" | "unchanged" | "edited" | "foreign";

/**
 * Writes import's files into the content folder and nothing else: a new file is written; one import wrote and
 * nobody touched since is replaced when the source changed; one edited since import is left ("edited") unless
 * `force`; one import never wrote, or a link, is never replaced ("foreign"). Each write goes through a temporary
 * file, so an interrupted import leaves whole files, and a file holding exactly what import writes is claimed.
 */
export class OwnedFiles {
  private root: string | undefined;
  // Folders found inside the content folder (and made) this run: most files share a month's folder with others.
  private readonly folders = new Map<string, boolean>();

  constructor(
    private readonly contentDir: string,
    private readonly manifest: ImportManifest,
    private readonly force: boolean,
  ) {}

  /** Writes `data` at the content path `path` (forward slashes) for source `from`, if it may. */
  async write(path: string, data: string | Uint8Array, from: string): Promise<WriteOutcome> {
    const target = join(this.contentDir, ...path.split("/"));
    const hash = sha256(data);
    const entry = this.manifest.get(path);
    const found = await lstat(target).catch(() => undefined);
    if (found && !found.isFile()) return "foreign";
    if (found) {
      const current = await readFile(target);
      const currentHash = sha256(current);
      // The very bytes import would write are taken as its own: an import stopped before it wrote its manifest
      // (killed, out of memory, the disk full) left whole files that a second run must be able to update.
      if (currentHash === hash) {
        this.manifest.set(path, { from, sha256: hash });
        return "unchanged";
      }
      if (!entry) return "foreign";
      if (entry.sha256 !== currentHash && !this.force) return "edited";
    }
    if (!(await this.inside(dirname(target)))) return "foreign";
    await writeFile(`${target}.newsdesk-tmp`, data);
    await rename(`${target}.newsdesk-tmp`, target);
    this.manifest.set(path, { from, sha256: hash });
    return "written";
  }

  // The nearest folder that exists must be inside the content folder once links are resolved; then the rest is made.
  private async inside(folder: string): Promise<boolean> {
    const known = this.folders.get(folder);
    if (known !== undefined) return known;
    this.root ??= await realpath(this.contentDir);
    let existing = folder;
    while (!(await lstat(existing).catch(() => undefined))) existing = dirname(existing);
    const rel = relative(this.root, await realpath(existing));
    const inside = rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep));
    if (inside) await mkdir(folder, { recursive: true });
    this.folders.set(folder, inside);
    return inside;
  }
}
