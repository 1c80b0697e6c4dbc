import { spawn } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, sep } from "node:path";
import { makeFolders } from "./make-folders.ts";
import { refuseForeignFolder } from "./foreign-folder.ts";
import { hasMarker, markOutput } from "./output-marker.ts";
import { sizeOf, treeFiles, type TreeSize } from "./output-stats.ts";
import { Refused } from "./refused.ts";

/** What a finished swap leaves to do: the previous output, set aside, is being removed by a process of its own. */
export interface Swapped {
  /** Settles when the previous output is gone (the build need not wait for it). */
  readonly removed: Promise<void>;
  /** What was swapped in, counted just before the swap. */
  readonly size: TreeSize;
  /** Its files (relative, with forward slashes) and their sizes: what a later patch may replace or remove. */
  readonly files: ReadonlyMap<string, number>;
}

/** What `write` hands back when it wrote only part of the new output (build --incremental). */
export interface Patch {
  /** The files (relative to `out`, with forward slashes) the new output takes from the last one as they are. */
  readonly keep: ReadonlySet<string>;
  /** The files the last build put in `out`, with their sizes (Swapped.files): the only ones a patch moves away. */
  readonly previous: ReadonlyMap<string, number>;
}

/**
 * Runs `write` into a fresh staging folder beside `out` and swaps it in only when `write` succeeds.
 * On any failure the staging folder is removed and `out` is left exactly as it was; the error is rethrown.
 *
 * When `write` returns a Patch, the staging folder holds only what changed: `out` is then patched instead of
 * replaced (patchFolder), so that the files it keeps are neither copied nor linked.
 *
 * The previous output is renamed aside and removed by a detached process, so the command ends as soon as the
 * new output is in place: deleting tens of thousands of files takes seconds that no one need wait for. A
 * removal cut short (the machine stopped), and the staging folder of a build that was killed, are removed by
 * the next build into the same folder. The staging folder carries the output marker (src/cli/output-marker.ts) from
 * the start, and only folders that carry it are ever swept: `out` itself must have been claimed before
 * (src/cli/output-folder.ts).
 */
export async function writeAtomically(
  out: string,
  write: (staging: string) => Promise<Patch | void>,
): Promise<Swapped> {
  const prefix = stagingPrefix(out);
  const staging = stagingFolder(out);
  ownStaging.add(basename(staging));
  await makeFolders(dirname(out));
  const leftovers = readdirSync(dirname(out))
    .filter((name) => name.startsWith(prefix) && !ownStaging.has(name) && isLeftover(name.slice(prefix.length)))
    .filter((name) => isOwnFolder(join(dirname(out), name)));
  let patch: Patch | void;
  try {
    await mkdir(staging);
    await markOutput(staging);
    patch = await write(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    ownStaging.delete(basename(staging));
    throw error;
  }
  const previous = `${staging}.previous`;
  let files: Map<string, number>;
  try {
    // A last look before anything is moved: what was claimed must still be missing, empty or marked, so that a
    // folder someone made (or filled) while the build ran is not swept away with the previous output.
    lastLook(out);
    // A patch holds only what changed: without the output it patches it is no site, and is not swapped in.
    if (patch && !existsSync(out)) {
      throw new Refused(`--out '${out}' was removed during the build; nothing was written. Build again`);
    }
    // Counted now: once in place, another build into the same folder may replace it at any moment.
    files = patch ? patchFolder(out, staging, patch, previous) : treeFiles(staging);
  } catch (error) {
    // A patch undone leaves the folders it had moved files into (patchFolder).
    await rm(previous, { recursive: true, force: true });
    await rm(staging, { recursive: true, force: true });
    ownStaging.delete(basename(staging));
    throw error;
  }
  if (patch) {
    ownStaging.delete(basename(staging));
    const removals = [...leftovers.map((name) => join(dirname(out), name)), staging, previous];
    return { removed: removeDetached(removals), size: sizeOf(files), files };
  }
  if (existsSync(out)) await rename(out, previous);
  await rename(staging, out);
  ownStaging.delete(basename(staging));
  const removals = [...leftovers.map((name) => join(dirname(out), name)), ...(existsSync(previous) ? [previous] : [])];
  return { removed: removeDetached(removals), size: sizeOf(files), files };
}

/**
 * Makes `out` the new output from the files of `staging` and the files of `out` in `patch.keep`. Every other file
 * the last build put there (`patch.previous`), and any file where a new one goes, is moved into `trash` (whose
 * removal the caller leaves to a process of its own); then every file of `staging` is moved into `out`. Files the
 * last build did not write are left alone. Renames only, on one file system; should one fail, every move made is
 * undone and `out` is as it was. Folders left empty are removed, as a full build would not have them. Returns the
 * new output's files with their sizes.
 */
export function patchFolder(out: string, staging: string, patch: Patch, trash: string): Map<string, number> {
  const staged = treeFiles(staging);
  const leaving = [
    ...[...patch.previous.keys()].filter((file) => !staged.has(file) && !patch.keep.has(file)),
    ...staged.keys(),
  ].filter((file) => existsSync(join(out, file)));
  // Nothing is moved through a link: a folder of the output replaced by a link would send the new files, or take
  // the files moved away, from wherever it points.
  const link = linkOnTheWay(out, [...leaving, ...staged.keys()]);
  if (link) {
    throw new Refused(
      `--out '${out}' holds ${link} where newsdesk writes; nothing was written through it. Remove it, or build without --incremental`,
    );
  }
  const moves: [string, string][] = [];
  const move = (from: string, to: string) => {
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
    moves.push([from, to]);
  };
  try {
    for (const file of leaving) move(join(out, file), join(trash, file));
    for (const file of staged.keys()) move(join(staging, file), join(out, file));
  } catch (error) {
    for (const [from, to] of moves.reverse()) renameSync(to, from);
    throw error;
  }
  for (const file of leaving) {
    for (let folder = dirname(join(out, file)); folder.startsWith(out + sep); folder = dirname(folder)) {
      try {
        rmdirSync(folder);
      } catch {
        break; // not empty: neither is any folder above it
      }
    }
  }
  const files = new Map(staged);
  for (const file of patch.keep) {
    const size = patch.previous.get(file);
    if (size !== undefined && !staged.has(file)) files.set(file, size);
  }
  return files;
}

// The first folder on the way to any of `files` (relative to `out`) that is there but no real folder: a link, or
// a file; undefined when there is none.
function linkOnTheWay(out: string, files: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const file of files) {
    const parts = file.split("/").slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      const folder = parts.slice(0, i).join("/");
      if (seen.has(folder)) continue;
      seen.add(folder);
      const found = lstatSync(join(out, folder), { throwIfNoEntry: false });
      if (found && !found.isDirectory()) return `${found.isSymbolicLink() ? "a link" : "a file"} at ${folder}`;
    }
  }
  return undefined;
}

// Refuses (exit 2) an `out` that is no longer missing, empty or marked: a link or a file, or someone's files.
function lastLook(out: string): void {
  const there = lstatSync(out, { throwIfNoEntry: false });
  if (!there) return;
  if (!there.isDirectory()) {
    throw new Refused(`--out '${out}' was replaced by a file or a link during the build; it was left as it is`);
  }
  refuseForeignFolder(out, `'${out}'`, true);
}

/** What the staging folders and set-aside outputs beside `out` are named with: `._site.newsdesk-`. */
export function stagingPrefix(out: string): string {
  return `.${basename(out)}.newsdesk-`;
}

/** A fresh staging folder's path beside `out` (`._site.newsdesk-PID-TIME`), which the leftover sweep recognises. */
export function stagingFolder(out: string): string {
  return join(dirname(out), `${stagingPrefix(out)}${process.pid}-${Date.now()}`);
}

// A real folder (not a link) that carries newsdesk's marker: the only kind of leftover the sweep removes.
function isOwnFolder(path: string): boolean {
  return isRealFolder(path) && hasMarker(path);
}

function isRealFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

// The staging folders this process has made (its builds still running among them).
const ownStaging = new Set<string>();

/**
 * Whether a folder named `${prefix}${rest}`, not made by this process, is left over: a previous output set aside
 * (`PID-TIME.previous`), or the staging folder (`PID-TIME`) of a build whose process is gone (killed, or the
 * machine stopped), or that had this process's PID (CI containers number their processes alike run after run).
 * A staging folder of a build still running on this machine is that build's own; a build on another machine
 * writing into the same shared folder is not seen, so builds into one folder must not run on two machines at once.
 */
export function isLeftover(rest: string): boolean {
  if (/^\d+-\d+\.previous$/.test(rest)) return true;
  const staging = /^(\d+)-\d+$/.exec(rest);
  return staging !== null && !isRunning(Number(staging[1]));
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false; // this process's own were left out by name
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// Removes folders from a detached process that outlives this one; settles when it ends (if this one is still there).
function removeDetached(folders: readonly string[]): Promise<void> {
  if (folders.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const script =
      'for (const dir of process.argv.slice(1)) require("node:fs").rmSync(dir, { recursive: true, force: true });';
    const child = spawn(process.execPath, ["-e", script, ...folders], { detached: true, stdio: "ignore" });
    child.on("error", () => {
      // No process could be started: remove them here after all.
      void Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true }))).then(() => resolve());
    });
    child.on("exit", () => resolve());
    child.unref();
  });
}
