import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Runs `write` into a fresh staging folder beside `out` and swaps it in only when `write` succeeds.
 * On any failure the staging folder is removed and `out` is left exactly as it was; the error is rethrown.
 */
export async function writeAtomically(out: string, write: (staging: string) => Promise<void>): Promise<void> {
  const staging = join(dirname(out), `.${basename(out)}.newsdesk-${process.pid}-${Date.now()}`);
  await mkdir(dirname(out), { recursive: true });
  try {
    await write(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = `${staging}.previous`;
  if (existsSync(out)) await rename(out, previous);
  await rename(staging, out);
  await rm(previous, { recursive: true, force: true });
}
