import { statSync } from "node:fs";

/** The part of Eleventy's file watcher (chokidar) that follows the content folder's return. */
export interface ReturnWatcher {
  add(path: string): unknown;
  emit(event: string, path: string): unknown;
}

/**
 * serve: notices the content folder going away (moved, renamed, a branch switch) and coming back. The file
 * watcher stops watching a folder that was removed and never sees it return, so on its return it is watched
 * again and reported changed as a whole (a full reload: files may have changed while it was away). Polls the
 * folder itself, which costs one stat every `everyMs`; returns a function that stops.
 */
export function followContentFolder(contentDir: string, watcher: ReturnWatcher, everyMs = 500): () => void {
  let present = isFolder(contentDir);
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
