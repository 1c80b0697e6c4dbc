import { createHash } from "node:crypto";
import type { OutputFile } from "./outputs.ts";

/**
 * The outputs whose text differs from what was last written (by a hash per file), each rendered once; `written`
 * is updated to the new hashes. serve hands Eleventy only these, so a save rewrites the pages it changed
 * instead of the whole site.
 */
export function changedOutputs(outputs: readonly OutputFile[], written: Map<string, string>): OutputFile[] {
  const changed: OutputFile[] = [];
  for (const output of outputs) {
    const text = output.render();
    const hash = createHash("sha1").update(text).digest("base64");
    if (written.get(output.file) === hash) continue;
    written.set(output.file, hash);
    changed.push({ ...output, render: () => text });
  }
  return changed;
}
