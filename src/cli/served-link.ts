import { realpathSync } from "node:fs";
import { resolve } from "node:path";

/**
 * Whether serve must answer the request path `path` (decoded, already past src/cli/request-guard.ts) with 404
 * because a file Eleventy's dev server would send for it goes through a symbolic link inside `out`: the dev server
 * follows links, so one planted in the preview folder (`passwd-link` to /etc/passwd) would show any file on the
 * machine. newsdesk writes no links; a link in `out` itself (`_site` → elsewhere) is fine.
 */
export function isLinkedRequest(out: string, path: string): boolean {
  let root: string;
  try {
    root = realpathSync(out);
  } catch {
    return false; // no preview folder yet: the dev server finds nothing to send
  }
  const bare = path.replace(/\/+$/, "");
  // What the dev server tries, in its order: the path itself, its index.html, path.html; and 404.html for a miss.
  for (const candidate of [path, `${path}/index.html`, `${bare}.html`, "/404.html"]) {
    const written = resolve(out, `.${candidate}`);
    const real = realOf(written);
    if (real !== undefined && real !== resolve(root, `.${candidate}`)) return true;
  }
  return false;
}

function realOf(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined; // missing: nothing is sent from there
  }
}
