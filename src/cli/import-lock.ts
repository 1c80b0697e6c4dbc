import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Refused, reasonOf } from "./refused.ts";

/** The file that says an import is writing into a content folder; it holds that import's process id. */
export const IMPORT_LOCK = ".newsdesk-import.lock";

/**
 * Claims `contentDir` for one import and returns the release. Two imports at once into one folder each took the
 * other's files for an editor's, and the last to finish wrote its manifest over the first's: every later import
 * then left all the files alone. A lock left by an import that was killed (its process gone) is taken over.
 */
export function lockContent(contentDir: string, given: string): () => void {
  const lock = join(contentDir, IMPORT_LOCK);
  for (let tries = 0; ; tries++) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: "wx" });
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new Refused(`--content '${given}' cannot be written: ${reasonOf(error)}`);
      }
      const holder = Number.parseInt(readText(lock), 10);
      if (tries > 0 || isRunning(holder)) {
        throw new Refused(
          `another newsdesk import (process ${Number.isNaN(holder) ? "unknown" : holder}) is writing into '${given}': wait for it to finish, or delete ${IMPORT_LOCK} there if it was stopped`,
        );
      }
      rmSync(lock, { force: true });
    }
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

// True when a process of that id runs (one of another user's counts: signal 0 is then refused with EPERM).
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
