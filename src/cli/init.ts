import { lstatSync, readFileSync, rmdirSync, statSync, unlinkSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { DateTime } from "luxon";
import { UsageError, parseOptions } from "./args.ts";
import { STARTER_TIMEZONE } from "./init-content.ts";
import { starterFiles } from "./init-files.ts";
import type { StarterFile } from "./init-content.ts";
import { Refused, reasonOf } from "./refused.ts";

// newsdesk's own package.json: the site depends on this version and runs on the Node.js versions it supports.
const OWN = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  version: string;
  engines: { node: string };
};

/**
 * `newsdesk init [DIR]`: writes a newsroom's own site folder (content, package.json, publish workflow, README)
 * into DIR, the current folder by default. It never replaces a file: if one it would write is there, it writes
 * nothing and names it.
 */
export async function init(args: string[]): Promise<number> {
  const { positionals } = parseOptions(args, {}, true);
  if (positionals.length > 1)
    throw new UsageError(`init takes one folder, not ${positionals.length}: newsdesk init [DIR]`);
  const given = positionals[0] ?? ".";
  if (given.trim() === "") throw new UsageError("give a folder: newsdesk init [DIR], or leave it out for this one");
  const dir = resolve(given);
  const shown = (path: string) => (given === "." ? path : join(given, path));
  const files = starterFiles({
    name: packageName(basename(dir)),
    version: OWN.version,
    node: OWN.engines.node,
    date: DateTime.now().setZone(STARTER_TIMEZONE).toISODate()!,
  });
  const folders = foldersToMake(dir, given, files, shown);
  await writeAll(dir, folders, files, shown);
  console.log(`Wrote a newsroom's site into ${given === "." ? "this folder" : given}:`);
  for (const file of files) console.log(`  ${shown(file.path)}`);
  console.log(`Next: ${given === "." ? "" : `cd ${given} && `}npm install && npm start`);
  return 0;
}

/** An npm package name made from a folder's name: lowercase letters, digits and hyphens. */
export function packageName(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return name === "" ? "news-archive" : name;
}

// What is at a path: nothing, a real folder, a symbolic link, or something else (a file, a device).
function kindAt(path: string): "none" | "folder" | "link" | "other" {
  try {
    const stats = lstatSync(path);
    return stats.isDirectory() ? "folder" : stats.isSymbolicLink() ? "link" : "other";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "none";
    throw new Refused(`${path} cannot be looked at (${reasonOf(error)}); nothing was written`);
  }
}

/**
 * The folders to make, parents first, or a refusal naming the first file that is already there (a link, even
 * one pointing nowhere, counts) or the first folder on the way that is not a real folder.
 */
function foldersToMake(
  dir: string,
  given: string,
  files: readonly StarterFile[],
  shown: (path: string) => string,
): string[] {
  const missing: string[] = [];
  // DIR itself was named on purpose, so it may be a link to a folder; its parents are made like `mkdir -p`.
  for (let at = dir; ; at = dirname(at)) {
    try {
      if (statSync(at).isDirectory()) break;
      throw new Refused(`${at === dir ? given : at} is a file, not a folder; nothing was written`);
    } catch (error) {
      if (error instanceof Refused) throw error;
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || dirname(at) === at)
        throw new Refused(`${given} cannot be made (${reasonOf(error)}); nothing was written`);
      missing.unshift(at);
    }
  }
  // Nothing inside a folder that is not there yet can be in the way.
  const dirMissing = missing.length > 0;
  const inside = new Set<string>();
  for (const file of files) {
    const parts = file.path.split("/");
    for (let n = 1; n < parts.length; n++) inside.add(parts.slice(0, n).join("/"));
  }
  // Sorted, a folder comes before the folders in it.
  for (const folder of [...inside].sort()) {
    const kind = dirMissing ? "none" : kindAt(join(dir, folder));
    if (kind === "link")
      throw new Refused(
        `${shown(folder)} is a symbolic link, which newsdesk never writes through; nothing was written`,
      );
    if (kind === "other") throw new Refused(`${shown(folder)} is there and is not a folder; nothing was written`);
    if (kind === "none") missing.push(join(dir, folder));
  }
  for (const file of dirMissing ? [] : files) {
    if (kindAt(join(dir, file.path)) !== "none")
      throw new Refused(`${shown(file.path)} already exists; nothing was written`);
  }
  return missing;
}

// Makes the folders and writes the files, none replacing anything ("wx"); should one fail after all (a file
// that appeared meanwhile, a full disk), what this run made is taken away again and the refusal names it.
async function writeAll(
  dir: string,
  folders: readonly string[],
  files: readonly StarterFile[],
  shown: (path: string) => string,
): Promise<void> {
  const made: string[] = [];
  const written: string[] = [];
  // Folders up to DIR are named as they are; those inside it, and the files, as the user would write them.
  const name = (path: string) =>
    path.startsWith(`${dir}/`) ? shown(path.slice(dir.length + 1)) : path === dir ? shown(".") : path;
  let at = dir;
  try {
    for (const folder of folders) {
      at = folder;
      await mkdir(folder);
      made.push(folder);
    }
    for (const file of files) {
      at = join(dir, file.path);
      await writeFile(at, file.text, { flag: "wx" });
      written.push(at);
    }
  } catch (error) {
    for (const path of written.reverse()) unlinkSync(path);
    for (const folder of made.reverse()) rmdirSync(folder);
    const reason =
      (error as NodeJS.ErrnoException).code === "EEXIST"
        ? "appeared while newsdesk was writing"
        : `cannot be written (${reasonOf(error)})`;
    throw new Refused(`${name(at)} ${reason}; nothing was written`);
  }
}
