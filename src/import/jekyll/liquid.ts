import { countLines } from "../body-images.ts";
import type { ImportReport } from "../import-report.ts";

/** What converting a body's Liquid needs: where it is, the old site's address, and the new addresses of items. */
export interface LiquidEnv {
  readonly source: string;
  readonly bodyLine: number;
  /** The old site's baseurl ("" or "/blog"). */
  readonly baseurl: string;
  readonly url?: string;
  /** The new path of the post a {% post_url %} names ("2019-01-01-Title" or "sub/2019-01-01-Title"). */
  postUrl(name: string): string | undefined;
  /** The new path of the file a {% link %} names ("_posts/2019-01-01-Title.md", "about.md"). */
  link(path: string): string | undefined;
  readonly report: ImportReport;
}

const TAG = /\{%-?\s*(\w+)([\s\S]*?)-?%\}|\{\{-?([\s\S]*?)-?\}\}/g;
const BLOCKS = new Set(["comment", "raw", "highlight"]);
// Parts of a block tag left in place: reported once, by the tag that opens it.
const QUIET = /^(?:end\w*|else|elsif|when)$/;

/**
 * Jekyll's Liquid turned into Markdown where newsdesk has the same thing: comments dropped, {% highlight %} as a
 * fenced block, {% raw %} unwrapped (its inside untouched), site URLs and url filters as site paths, post_url and
 * link as the new addresses. Anything else ({% include %}, a site's own tags, {{ page.x }}) is left and reported.
 */
export function convertLiquid(body: string, env: LiquidEnv): string {
  let out = "";
  let from = 0;
  const re = new RegExp(TAG.source, "g");
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const [whole, name, args = "", expr] = m;
    const line = env.bodyLine + countLines(body, m.index);
    out += body.slice(from, m.index);
    from = m.index + whole.length;
    if (expr !== undefined) {
      out += output(expr.trim(), body[from], whole, line, env);
      continue;
    }
    if (name && BLOCKS.has(name)) {
      const end = new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`, "g");
      end.lastIndex = from;
      const close = end.exec(body);
      if (close) {
        const inner = body.slice(from, close.index);
        from = close.index + close[0].length;
        // A comment alone on its line goes with its line, so no blank line is left in its place.
        if (name === "comment" && (out === "" || out.endsWith("\n")) && body[from] === "\n") from++;
        if (name === "comment" && out.endsWith("\n\n") && body[from] === "\n") from++;
        re.lastIndex = from;
        out += block(name, args.trim(), inner);
        env.report.converted("liquid", name);
        continue;
      }
    }
    out += tag(name ?? "", args.trim(), whole, line, env);
  }
  return out + body.slice(from);
}

function block(name: string, args: string, inner: string): string {
  if (name === "comment") return "";
  if (name === "raw") return inner;
  const lang = args.split(/\s+/)[0] ?? "";
  const code = inner.replace(/^[ \t]*\n/, "").replace(/\n[ \t]*$/, "");
  const fence = code.includes("```") ? "~~~~" : "```";
  return `${fence}${lang}\n${code}\n${fence}`;
}

function tag(name: string, args: string, whole: string, line: number, env: LiquidEnv): string {
  if (name === "post_url" || name === "link") {
    const target = args.replace(/^["']|["']$/g, "");
    const path = name === "post_url" ? env.postUrl(target) : env.link(target);
    if (path !== undefined) {
      env.report.converted("liquid", name);
      return path;
    }
    env.report.left("liquid", name, { source: env.source, line, detail: `${whole}: no imported item is ${target}` });
    return whole;
  }
  if (!QUIET.test(name)) env.report.left("liquid", name, { source: env.source, line, detail: whole });
  return whole;
}

// {{ … }}: the site's own address and the url filters become site paths; any other output is left.
function output(expr: string, next: string | undefined, whole: string, line: number, env: LiquidEnv): string {
  const done = (value: string, name: string) => (env.report.converted("liquid", name), value);
  if (expr === "site.baseurl") return done(env.baseurl, "site.baseurl");
  if (expr === "site.url") return done(next === "/" || next === "{" ? "" : (env.url ?? ""), "site.url");
  const filtered = /^(["'])(.*?)\1\s*\|\s*(relative_url|absolute_url|prepend:\s*site\.baseurl)\s*$/.exec(expr);
  if (filtered) {
    const path = filtered[2]!.startsWith("/") || filtered[2] === "" ? filtered[2]! : `/${filtered[2]}`;
    return done(`${env.baseurl}${path}`, filtered[3]!.startsWith("prepend") ? "prepend" : filtered[3]!);
  }
  const name = /^[\w.]+/.exec(expr)?.[0] ?? "output";
  env.report.left("liquid", `{{ ${name} }}`, { source: env.source, line, detail: whole });
  return whole;
}
