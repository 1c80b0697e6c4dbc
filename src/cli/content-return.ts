import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

/** The part of Eleventy's file watcher (chokidar) that follows the content folder's return. */
export interface ReturnWatcher {
  add(path: string): unknown;
  emit(event: string, path: string): unknown;
  on(event: string, listener: (path: string) => void): unknown;
  /** Each folder the watcher has taken in, with the names it holds there. */
  getWatched(): Record<string, string[]>;
  /** The watcher's options: folders it lists are relative to cwd when one is set. */
  readonly options?: { readonly cwd?: string };
}

/** How long a returned folder may take to be watched before it is rebuilt all the same. */
const WATCH_WAIT_MS = 15_000;
/** After the last folder is taken in: the watcher sets its watch a moment after it lists a folder. */
const WATCH_SETTLE_MS = 250;

/**
 * serve: notices the content folder going away (moved, renamed, a branch switch) and coming back. The file
 * watcher stops watching a folder that was removed and never sees it return, so on its return it is watched
 * again and reported changed as a whole (a full reload: files may have changed while it was away). That report
 * waits until the watcher has taken in every folder of the tree: a save after the rebuild is then seen, and a
 * save before it is read by it. Polls the folder itself, which costs one stat every `everyMs`, and listens for
 * the watcher's unlinkDir of it; returns a function that stops.
 */
export function followContentFolder(contentDir: string, watcher: ReturnWatcher, everyMs = 500): () => void {
  let present = isFolder(contentDir);
  let returning = false;
  // The watcher's word that it is gone: a folder moved away and back within one poll is seen all the same.
  watcher.on("unlinkDir", (path) => {
    if (resolve(path) === resolve(contentDir)) present = false;
  });
  const timer = setInterval(() => {
    const now = isFolder(contentDir);
    if (now && !present && !returning) {
      console.log(`[newsdesk] ${contentDir} is back: rebuilding`);
      returning = true;
      watcher.add(contentDir);
      void whenWatched(contentDir, watcher, everyMs / 5).then(() => {
        returning = false;
        watcher.emit("change", contentDir);
      });
    }
    present = now || returning;
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Resolves once the watcher lists every folder under `root` (and each folder's subfolders in its entry), or after
 * WATCH_WAIT_MS; hidden folders and node_modules, which the watcher ignores, are not waited for.
 */
export async function whenWatched(root: string, watcher: ReturnWatcher, stepMs: number): Promise<void> {
  const until = Date.now() + WATCH_WAIT_MS;
  const cwd = watcher.options?.cwd ?? process.cwd();
  while (Date.now() < until && !allWatched(root, cwd, watcher.getWatched())) await sleep(stepMs);
  await sleep(WATCH_SETTLE_MS);
}

function allWatched(root: string, cwd: string, watched: Record<string, string[]>): boolean {
  const listed = new Map(Object.entries(watched).map(([dir, names]) => [resolve(cwd, dir), new Set(names)]));
  const pending = [resolve(root)];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const names = listed.get(dir);
    if (!names) return false;
    for (const sub of subfolders(dir)) {
      if (!names.has(sub)) return false;
      pending.push(join(dir, sub));
    }
  }
  return true;
}

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules")
      .map((e) => e.name);
  } catch {
    return [];
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}
