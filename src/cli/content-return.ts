import { statSync } from "node:fs";
import { resolve } from "node:path";

/** The part of Eleventy's file watcher (chokidar) that follows the content folder's return. */
export interface ReturnWatcher {
  add(path: string): unknown;
  emit(event: string, path: string): unknown;
  on(event: string, listener: (path: string) => void): unknown;
}

/**
 * serve: notices the content folder going away (moved, renamed, a branch switch) and coming back. The file
 * watcher stops watching a folder that was removed and never sees it return, so on its return it is watched
 * again and reported changed as a whole (a full reload: files may have changed while it was away). Polls the
 * folder itself, which costs one stat every `everyMs`, and listens for the watcher's unlinkDir of it; returns a
 * function that stops.
 */
export function followContentFolder(contentDir: string, watcher: ReturnWatcher, everyMs = 500): () => void {
  let present = isFolder(contentDir);
  // The watcher's word that it is gone: a folder moved away and back within one poll is seen all the same.
  watcher.on("unlinkDir", (path) => {
    if (resolve(path) === resolve(contentDir)) present = false;
  });
  const timer = setInterval(() => {
    const now = isFolder(contentDir);
    if (now && !present) {
      console.log(`[newsdesk] ${contentDir} is back: rebuilding`);
      watcher.add(contentDir);
      watcher.emit("change", contentDir);
    }
    present = now;
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
