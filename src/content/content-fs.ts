import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  type Dirent,
  type Stats,
} from "node:fs";
import { mkdir, readdir } from "node:fs/promises";
import { join, sep } from "node:path";
import type { Diagnostic } from "../model/diagnostic.ts";

/** Where a content path was written, for the diagnostic when it cannot be used; the path itself by default. */
export interface ContentPlace {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly field?: string;
}

/** Why a content path cannot be used: `missing` lets a caller fall back to defaults (a data file left out). */
export type ContentRefusal = "missing" | "link" | "outside" | "not-folder" | "not-file" | "unreadable";

/** A refused content path: the reason and the located error to report. */
export interface ContentProblem {
  readonly ok: false;
  readonly reason: ContentRefusal;
  readonly diagnostic: Diagnostic;
}

/** A content path that may be used: its absolute path under the content folder's real path, and its lstat. */
export interface ContentPath {
  readonly ok: true;
  readonly path: string;
  readonly stats: Stats;
}

const IS_LINK = "is a symbolic link, which newsdesk never follows";
const FIXES: Record<ContentRefusal, string> = {
  missing: "check the spelling and the folder, or create the file",
  link: "copy the file or folder into the content folder instead of linking to it",
  outside: "write a path inside the content folder, relative to it, without '..'",
  "not-folder": "a file stands where newsdesk expects a folder: rename it, and make that path a folder",
  "not-file": "a folder (or device) stands where newsdesk expects a file: rename it, or point at the file inside",
  unreadable: "give the file read permission (chmod a+r) or replace it",
};

function problem(reason: ContentRefusal, message: string, place: ContentPlace): ContentProblem {
  const { file, line = 1, column = 1, field = "file" } = place;
  const diagnostic: Diagnostic = { file, line, column, field, severity: "error", message, suggestion: FIXES[reason] };
  return { ok: false, reason, diagnostic };
}

/**
 * The real path of the content folder. The folder itself may be a symbolic link (it was named on purpose, with
 * --content); everything inside it is checked by resolveContentPath, and its real path is the boundary.
 */
export function contentRoot(contentDir: string): { ok: true; root: string } | ContentProblem {
  const place = { file: contentDir };
  try {
    const root = realpathSync.native(contentDir);
    if (!lstatSync(root).isDirectory()) {
      return problem("not-folder", "the content folder is a file, not a folder", place);
    }
    return { ok: true, root };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return problem("missing", "the content folder does not exist", place);
    if (code === "ENOTDIR") return problem("not-folder", "the content folder's path runs through a file", place);
    if (code === "ELOOP") return problem("link", "the content folder is a loop of symbolic links", place);
    return problem("unreadable", `the content folder cannot be read (${code ?? "unknown error"})`, place);
  }
}

/**
 * What one pass over the content folder (a load reading every article) has looked at already: the folder's real
 * path, and the folders inside it found to be folders rather than links. Passed to resolveContentPath, it makes
 * each folder looked at once per pass instead of once per file in it; a file itself is always looked at, and
 * opened without following a link. A new look for every pass: a folder replaced by a link meanwhile is refused
 * by the next one.
 */
export interface ContentLook {
  root?: ReturnType<typeof contentRoot>;
  readonly folders: Set<string>;
  // A folder's lstat, to stand for the folders not looked at again (only isDirectory() is asked of it).
  folderStats?: Stats;
}

/** A look for one pass over the content folder. */
export function contentLook(): ContentLook {
  return { folders: new Set() };
}

/**
 * Resolves `relative` (forward slashes, relative to the content folder) to an absolute path, refusing an absolute
 * path, any '..', and a symbolic link in any component (each is looked at with lstat, never followed). The last
 * component must exist; what kind of entry it is, is the caller's to decide (see `stats`).
 */
export function resolveContentPath(
  contentDir: string,
  relative: string,
  place: ContentPlace = { file: relative },
  look?: ContentLook,
): ContentPath | ContentProblem {
  const parts = relative.split("/").filter((part) => part !== "" && part !== ".");
  const odd = relative.startsWith("/") || relative.includes("\\") || relative.includes("\0");
  if (odd || parts.includes("..") || parts.length === 0) {
    return problem("outside", `${relative || "an empty path"} is not a path inside the content folder`, place);
  }
  const rooted = look ? (look.root ??= contentRoot(contentDir)) : contentRoot(contentDir);
  if (!rooted.ok) return { ...rooted, diagnostic: { ...rooted.diagnostic, ...placeOf(place) } };
  let path = rooted.root;
  let stats: Stats | undefined;
  for (let i = 0; i < parts.length; i++) {
    const shown = parts.slice(0, i + 1).join("/");
    if (stats && !stats.isDirectory()) {
      return problem("not-folder", `${parts.slice(0, i).join("/")} is a file, not a folder`, place);
    }
    path = join(path, parts[i]!);
    // A folder this pass has already found to be a folder, not a link: the last component is always looked at.
    if (look && i < parts.length - 1 && look.folders.has(shown)) {
      stats = look.folderStats;
      continue;
    }
    try {
      stats = lstatSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") return problem("missing", `${shown} does not exist`, place);
      return problem("unreadable", `${shown} cannot be read (${code ?? "unknown error"})`, place);
    }
    if (stats.isSymbolicLink()) return problem("link", `${shown} ${IS_LINK}`, place);
    if (look && stats.isDirectory()) {
      look.folders.add(shown);
      look.folderStats = stats;
    }
  }
  // No component is a link, so the path stays inside; checked once more in case the tree changed meanwhile.
  if (!path.startsWith(rooted.root + sep)) {
    return problem("outside", `${relative} leads outside the content folder`, place);
  }
  return { ok: true, path, stats: stats! };
}

/** A regular file of the content folder (lead and body images): its absolute path and size, or why not. */
export function statContentFile(
  contentDir: string,
  relative: string,
  place?: ContentPlace,
  look?: ContentLook,
): ContentPath | ContentProblem {
  const found = resolveContentPath(contentDir, relative, place, look);
  if (!found.ok || found.stats.isFile()) return found;
  const what = found.stats.isDirectory() ? "a folder" : "not a regular file";
  return problem("not-file", `${relative} is ${what}, not a file`, place ?? { file: relative });
}

/**
 * A regular file's bytes. Opened without following a link (O_NOFOLLOW) and without waiting on a pipe
 * (O_NONBLOCK), and checked again once open, so a file swapped for a link after the look is still refused.
 */
export function readContentFile(
  contentDir: string,
  relative: string,
  place?: ContentPlace,
  look?: ContentLook,
): Promise<{ ok: true; bytes: Buffer } | ContentProblem> {
  const found = statContentFile(contentDir, relative, place, look);
  if (!found.ok) return Promise.resolve(found);
  const where = place ?? { file: relative };
  // Synchronous: an article is a few kilobytes, and five promises a file (open, stat, read, close) cost loading
  // 10,000 articles about a second more than the reads themselves. O_NONBLOCK: a FIFO opens at once, and is refused
  // below as not a regular file, never read.
  let fd: number;
  try {
    fd = openSync(found.path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return Promise.resolve(openProblem((error as NodeJS.ErrnoException).code, relative, where));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return Promise.resolve(problem("not-file", `${relative} is not a regular file`, where));
    return Promise.resolve({ ok: true, bytes: readOpen(fd, stats.size) });
  } catch (error) {
    return Promise.resolve(openProblem((error as NodeJS.ErrnoException).code, relative, where));
  } finally {
    closeSync(fd);
  }
}

// An open regular file's bytes, `size` long as fstat said: readFileSync(fd) would stat it again. As with
// readFileSync, a file that grows meanwhile is read to the size it had; one that shrinks, to its end; and one whose
// size says 0 is read to its end.
function readOpen(fd: number, size: number): Buffer {
  if (size === 0) return readFileSync(fd);
  const bytes = Buffer.allocUnsafe(size);
  let total = 0;
  while (total < size) {
    const got = readSync(fd, bytes, total, size - total, null);
    if (got === 0) break;
    total += got;
  }
  return total === size ? bytes : bytes.subarray(0, total);
}

/** A folder's entries (not followed: a link is reported as a link by Dirent.isSymbolicLink), or why not. */
export async function listContentFolder(
  contentDir: string,
  relative: string,
  place?: ContentPlace,
  look?: ContentLook,
): Promise<{ ok: true; entries: Dirent[] } | ContentProblem> {
  const found = resolveContentPath(contentDir, relative, place, look);
  if (!found.ok) return found;
  const where = place ?? { file: relative };
  if (!found.stats.isDirectory()) return problem("not-folder", `${relative} is a file, not a folder`, where);
  try {
    return { ok: true, entries: await readdir(found.path, { withFileTypes: true }) };
  } catch (error) {
    return openProblem((error as NodeJS.ErrnoException).code, relative, where);
  }
}

/**
 * Makes `relative` and the folders above it inside the content folder (newsdesk new), refusing what
 * resolveContentPath refuses: an existing component that is a link or a file is an error, never written through.
 */
export async function makeContentFolder(
  contentDir: string,
  relative: string,
  place?: ContentPlace,
): Promise<{ ok: true; path: string } | ContentProblem> {
  const parts = relative.split("/").filter((part) => part !== "" && part !== ".");
  for (let i = 1; i <= parts.length; i++) {
    const folder = parts.slice(0, i).join("/");
    const found = resolveContentPath(contentDir, folder, place);
    if (found.ok && !found.stats.isDirectory()) {
      return problem("not-folder", `${folder} is a file, not a folder`, place ?? { file: folder });
    }
    if (found.ok) continue;
    if (found.reason !== "missing") return found;
    try {
      await mkdir(join(contentDir, folder));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Made meanwhile by someone else: every component is looked at again below.
      if (code !== "EEXIST") return openProblem(code, folder, place ?? { file: folder });
    }
  }
  const made = resolveContentPath(contentDir, parts.join("/"), place);
  if (made.ok && !made.stats.isDirectory()) {
    return problem("not-folder", `${relative} is a file, not a folder`, place ?? { file: relative });
  }
  return made.ok ? { ok: true, path: made.path } : made;
}

function openProblem(code: string | undefined, relative: string, place: ContentPlace): ContentProblem {
  switch (code) {
    case "ENOENT":
      return problem("missing", `${relative} does not exist`, place);
    case "ELOOP":
      return problem("link", `${relative} ${IS_LINK}`, place);
    case "EISDIR":
      return problem("not-file", `${relative} is a folder, not a file`, place);
    case "ENOTDIR":
      return problem("not-folder", `${relative} is a file, not a folder`, place);
    case "EACCES":
    case "EPERM":
      return problem("unreadable", `${relative} cannot be read: permission denied`, place);
    default:
      return problem("unreadable", `${relative} cannot be read (${code ?? "unknown error"})`, place);
  }
}

function placeOf(place: ContentPlace): Partial<Diagnostic> {
  return { file: place.file, line: place.line ?? 1, column: place.column ?? 1, field: place.field ?? "file" };
}
