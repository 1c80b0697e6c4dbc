import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkPathPrefix } from "../model/safe-url.ts";
import { normalisePathPrefix } from "../model/site-config.ts";
import { validateHtml } from "../verify/html-validity.ts";
import { verifySite } from "../verify/verify-site.ts";
import { UsageError, parseOptions } from "./args.ts";
import { listTree } from "./output-stats.ts";
import { Refused, reasonOf } from "./refused.ts";

const MAX_LISTED = 200;

/** The path of a page's canonical URL, or "/". */
function canonicalPath(htmlText: string): string {
  const href = /<link rel="canonical" href="([^"]+)"/.exec(htmlText)?.[1];
  try {
    return href ? new URL(href).pathname : "/";
  } catch {
    return "/";
  }
}

/**
 * `newsdesk verify --out DIR`: checks a built artifact alone (links, contract URLs, sitemap, leaks, valid HTML, and
 * the safety promises: no inline script or javascript: URL, the CSP everywhere, feeds parse, redirects stay on the
 * site); exit 1 with a list, a line a problem naming the file.
 */
export async function verify(args: string[]): Promise<number> {
  const { values } = parseOptions(args, {
    out: { type: "string", default: "_site" },
    "path-prefix": { type: "string" },
  });
  if (values.out.trim() === "") {
    // resolve("") is the working folder, which verify would scan as if it were a site.
    throw new Refused("--out is empty: name the folder a build wrote, such as --out _site");
  }
  const out = resolve(values.out);
  if (!existsSync(out)) throw new UsageError(`no built site at ${values.out}; run newsdesk build first`);
  if (!statSync(out).isDirectory()) {
    throw new Refused(`--out '${values.out}' is not a folder: name the folder a build wrote, such as _site`);
  }
  let listed: string[];
  try {
    listed = await listTree(out);
  } catch (error) {
    throw new Refused(`--out '${values.out}' cannot be read: ${reasonOf(error)}`);
  }
  const files = new Set(listed);
  const read = (file: string) => readFileSync(join(out, file), "utf8");
  // The home page's canonical URL says where the site is served, unless --path-prefix says otherwise.
  const given = values["path-prefix"];
  const checked = given === undefined ? undefined : checkPathPrefix(given);
  if (checked && !checked.ok)
    throw new UsageError(`--path-prefix ${JSON.stringify(given)} ${checked.reason}: ${checked.fix}`);
  const prefix =
    checked?.value ?? normalisePathPrefix(files.has("index.html") ? canonicalPath(read("index.html")) : "/");
  const problems = [...verifySite({ files, read }, prefix), ...(await validateHtml({ files, read }))];
  for (const p of problems.slice(0, MAX_LISTED)) console.log(`${p.file}: ${p.check}: ${p.message}`);
  if (problems.length > MAX_LISTED) console.log(`… and ${problems.length - MAX_LISTED} more`);
  const pages = [...files].filter((f) => f.endsWith(".html")).length;
  console.log(
    problems.length === 0
      ? `${values.out} verified: ${pages} pages, ${files.size} files, no problems`
      : `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${values.out}`,
  );
  return problems.length === 0 ? 0 : 1;
}
