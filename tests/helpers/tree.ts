import { createHash } from "node:crypto";
import { lstatSync, readFileSync, readdirSync, readlinkSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * Every entry under `root` by path relative to it: a folder as "folder", a link by its target, a file by a hash
 * of what it holds. Top-level entries matching `skip` are left out. Two equal trees mean nothing was touched.
 */
export function fileTree(
  root: string,
  skip?: RegExp,
  dir = root,
  into: Record<string, string> = {},
): Record<string, string> {
  for (const entry of readdirSync(dir).sort()) {
    if (skip && dir === root && skip.test(entry)) continue;
    const path = join(dir, entry);
    const key = relative(root, path);
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) into[key] = `link ${readlinkSync(path)}`;
    else if (stats.isDirectory()) {
      into[key] = "folder";
      fileTree(root, skip, path, into);
    } else into[key] = createHash("sha1").update(readFileSync(path)).digest("hex");
  }
  return into;
}
