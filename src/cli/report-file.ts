import { constants, lstatSync, statSync } from "node:fs";
import { open, unlink } from "node:fs/promises";
import { relative, resolve, isAbsolute } from "node:path";
import { Refused, reasonOf } from "./refused.ts";

/**
 * Checks, before the build, that build --report can write `given`: a regular file or none (not a folder, a FIFO
 * or a device) outside --out (which the build replaces whole) that can be opened for writing. It is opened
 * without truncating and, if it was not there, removed again, so a refused or failed build leaves nothing behind. Returns the absolute path.
 */
export async function claimReportFile(given: string, out: string): Promise<string> {
  if (given.trim() === "") {
    throw new Refused("--report is empty: name the file to write the build report to, such as build-report.json");
  }
  const path = resolve(given);
  const rel = relative(out, path);
  if (rel === "" || (!rel.startsWith("..") && !isAbsolute(rel))) {
    throw new Refused(`--report '${given}' is inside --out, which the build replaces whole: name a file outside it`);
  }
  let existed: boolean;
  try {
    const entry = lstatSync(path, { throwIfNoEntry: false });
    if (entry?.isDirectory()) {
      throw new Refused(`--report '${given}' is a folder: name a file, such as build-report.json`);
    }
    // A FIFO would block the open (and the build) until something reads it; a device or socket is no report file.
    const target = statSync(path, { throwIfNoEntry: false });
    if (target && !target.isFile()) {
      throw new Refused(
        `--report '${given}' is not a regular file (a pipe, a device or a socket): name a file, ` +
          "such as build-report.json",
      );
    }
    existed = entry !== undefined;
    // O_NONBLOCK: should a FIFO take the file's place after the look above, the open fails instead of waiting.
    const file = await open(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NONBLOCK);
    await file.close();
    if (!existed) await unlink(path);
  } catch (error) {
    if (error instanceof Refused) throw error;
    throw new Refused(`--report '${given}' cannot be written: ${reasonOf(error)}`);
  }
  return path;
}
