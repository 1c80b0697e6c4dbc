import { lstatSync, readdirSync, realpathSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { homedir } from "node:os";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { stagingFolder } from "./atomic.ts";
import { makeFolders } from "./make-folders.ts";
import { refuseForeignFolder } from "./foreign-folder.ts";
import { hasMarker, markOutput } from "./output-marker.ts";
import { Refused, reasonOf } from "./refused.ts";

/** Where a command runs: the folders an --out may never be or hold. */
export interface OutputContext {
  readonly contentDir: string;
  readonly cwd?: string;
  readonly home?: string;
}

/**
 * The one gate before build or serve writes anything: `given` (the --out text) must name a folder that is missing,
 * empty, or an earlier newsdesk output (it carries OUTPUT_MARKER), and that can be written; never the working
 * folder, the home folder, the content folder or a folder holding one of them, and never a link or a file.
 * Returns the absolute path; anything else is Refused (exit 2) with the path and what to do, before any file is
 * touched (the probe folder it makes beside the output is removed again). An older newsdesk's unmarked output,
 * accepted, is given the marker.
 */
export async function claimOutputFolder(given: string, context: OutputContext): Promise<string> {
  if (given.trim() === "") {
    throw new Refused("--out is empty: name the folder to build the site into, such as --out _site");
  }
  const cwd = context.cwd ?? process.cwd();
  const out = resolve(cwd, given);
  const shown = given === out ? `'${out}'` : `'${given}' (${out})`;
  let entry: ReturnType<typeof lstatSync>;
  try {
    entry = lstatSync(out, { throwIfNoEntry: false });
  } catch (error) {
    throw new Refused(`--out ${shown} cannot be written: ${reasonOf(error)}`);
  }
  if (entry?.isSymbolicLink()) {
    throw new Refused(
      `--out ${shown} is a symbolic link: newsdesk replaces only a real folder it made; name a new folder instead`,
    );
  }
  const guarded = protectedReason([out, realOf(out)], context, cwd);
  if (guarded) {
    const fix = "newsdesk replaces --out whole; name a folder of its own, such as _site";
    throw new Refused(`--out ${shown} ${guarded}: ${fix}`);
  }
  if (entry && !entry.isDirectory()) {
    throw new Refused(
      `--out ${shown} is a file, not a folder: newsdesk builds only into a folder of its own; name another --out`,
    );
  }
  if (entry) refuseForeignFolder(out, shown);
  try {
    // An older newsdesk's unmarked output, now recognised, is marked: the build's last look before the swap
    // (src/cli/atomic.ts) trusts only the marker, since the manifest that named the folder is removed first.
    if (entry && !hasMarker(out) && readdirSync(out).length > 0) await markOutput(out);
    await makeFolders(dirname(out));
    // The build's own first step, tried now: a folder beside the output, with the marker in it.
    const probe = stagingFolder(out);
    await mkdir(probe);
    await markOutput(probe);
    await rm(probe, { recursive: true, force: true });
  } catch (error) {
    throw new Refused(`--out ${shown} cannot be written: ${reasonOf(error)}`);
  }
  return out;
}

/** serve writes into --out itself: it is claimed, then made and marked as newsdesk's. */
export async function claimServeFolder(given: string, context: OutputContext): Promise<string> {
  const out = await claimOutputFolder(given, context);
  try {
    await makeFolders(out);
    await markOutput(out);
  } catch (error) {
    throw new Refused(`--out '${given}' cannot be written: ${reasonOf(error)}`);
  }
  return out;
}

// Why `paths` (the output, as given and as resolved through links) may never be an output, if they may not.
function protectedReason(paths: readonly string[], context: OutputContext, cwd: string): string | undefined {
  const content = [resolve(cwd, context.contentDir), realOf(resolve(cwd, context.contentDir))];
  const work = [cwd, realOf(cwd)];
  const home = [context.home ?? homedir(), realOf(context.home ?? homedir())];
  for (const path of paths) {
    if (dirname(path) === path) return "is the root of the file system";
    if (work.includes(path)) return "is the working folder";
    if (work.some((w) => holds(path, w))) return "holds the working folder";
    if (home.includes(path)) return "is your home folder";
    if (home.some((h) => holds(path, h))) return "holds your home folder";
    if (content.includes(path)) return "is the content folder";
    if (content.some((c) => holds(path, c))) return "holds the content folder";
    if (content.some((c) => holds(c, path))) return "is inside the content folder";
  }
  return undefined;
}

// Whether folder `outer` holds `inner` (at any depth).
function holds(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

// The path with every link in its existing part resolved (`--out link-to-home/x` is seen as `$HOME/x`).
function realOf(path: string): string {
  const missing: string[] = [];
  for (let at = path; ; at = dirname(at)) {
    try {
      return join(realpathSync(at), ...missing);
    } catch {
      if (dirname(at) === at) return path;
      missing.unshift(basename(at));
    }
  }
}
