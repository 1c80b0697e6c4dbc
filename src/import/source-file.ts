import { realpathSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";

/**
 * `file` (a path lexically inside `root`) when following links keeps it inside `root`; else the first link on the
 * way that leads out, which is never a regular file, so ImageShelf refuses it and the image is reported missing.
 * A site folder's link (assets/etc → /etc) must not copy the machine's files into the content folder.
 */
export function sourceFile(root: string, file: string): string {
  const realRoot = real(root) ?? root;
  let at = root;
  for (const part of relative(root, file).split(sep)) {
    at = join(at, part);
    const found = real(at);
    if (found === undefined) return file;
    const rel = relative(realRoot, found);
    if (rel.startsWith("..") || isAbsolute(rel)) return at;
  }
  return file;
}

function real(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
