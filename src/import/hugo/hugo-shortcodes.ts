import { countLines } from "../body-images.ts";
import type { ImportReport } from "../import-report.ts";
import { readShortcodeParams, type ShortcodeParams } from "./shortcode-params.ts";

/** What converting a body's shortcodes needs: where it is, and the new address of the page a ref names. */
export interface ShortcodeEnv {
  readonly source: string;
  readonly bodyLine: number;
  /** The new path of the page a {{< ref >}} names ("posts/raid.md", "raid", "/posts/raid/index.md"). */
  ref(target: string): string | undefined;
  readonly report: ImportReport;
}

const OPEN = /\{\{([<%])/g;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const attr = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/**
 * Hugo's shortcodes ({{< … >}} and {{% … %}}) in newsdesk's Markdown: figure as an image with an emphasis
 * caption below (newsdesk's figure), youtube as a no-cookie player with a title, highlight as a fenced block,
 * ref/relref as the new address, the escaped form ({{</&ast; … &ast;/>}}) as the shortcode's text. Any other is left and reported.
 */
export function convertShortcodes(body: string, env: ShortcodeEnv): string {
  let out = "";
  let from = 0;
  const re = new RegExp(OPEN.source, "g");
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const delim = m[1]!;
    const close = new RegExp(`\\s*${delim === "<" ? ">" : "%"}\\}\\}`, "g");
    close.lastIndex = m.index + 3;
    const end = close.exec(body);
    if (!end) break;
    const inner = body.slice(m.index + 3, end.index);
    const whole = body.slice(m.index, end.index + end[0].length);
    out += body.slice(from, m.index);
    from = end.index + end[0].length;
    re.lastIndex = from;
    const escaped = /^\s*\/\*([\s\S]*)\*\/$/.exec(inner);
    if (escaped) {
      out += `{{${delim}${escaped[1]}${delim === "<" ? ">" : "%"}}}`;
      continue;
    }
    const [, closing, name = "", rest = ""] = /^\s*(\/)?\s*([\w./-]+)([\s\S]*)$/.exec(inner) ?? [];
    const line = env.bodyLine + countLines(body, m.index);
    if (closing) {
      out += whole;
      continue;
    }
    if (name === "highlight") {
      const endTag = /\{\{[<%]\s*\/highlight\s*[>%]\}\}/g;
      endTag.lastIndex = from;
      const found = endTag.exec(body);
      if (found) {
        out += fenced(readShortcodeParams(rest), body.slice(from, found.index));
        from = found.index + found[0].length;
        re.lastIndex = from;
        env.report.converted("hugo", name);
        continue;
      }
    }
    const converted = simple(name, readShortcodeParams(rest), env);
    if (converted !== undefined) {
      env.report.converted("hugo", name);
      out += converted;
      continue;
    }
    env.report.left("hugo", name, { source: env.source, line, detail: whole });
    out += whole;
  }
  return out + body.slice(from);
}

function simple(name: string, params: ShortcodeParams, env: ShortcodeEnv): string | undefined {
  const { named, positional } = params;
  if (name === "figure") {
    const src = named["src"] ?? positional[0];
    if (!src) return undefined;
    const title = named["title"] ? ` "${named["title"].replace(/"/g, '\\"')}"` : "";
    const image = `![${(named["alt"] ?? "").replace(/[[\]]/g, "\\$&")}](${/\s/.test(src) ? `<${src}>` : src}${title})`;
    const caption = named["caption"]?.trim();
    return caption ? `${image}\n\n*${caption.replace(/\*/g, "\\*")}*` : image;
  }
  if (name === "youtube") {
    const id = named["id"] ?? positional[0];
    if (!id || !/^[\w-]+$/.test(id)) return undefined;
    const title = named["title"] ?? "YouTube video";
    return `<iframe src="https://www.youtube-nocookie.com/embed/${id}" title="${attr(title)}"></iframe>`;
  }
  if (name === "ref" || name === "relref") {
    const target = named["path"] ?? positional[0] ?? "";
    const hash = target.indexOf("#");
    const [page, anchor] = hash === -1 ? [target, ""] : [target.slice(0, hash), target.slice(hash)];
    const path = page === "" ? "" : env.ref(page);
    return path === undefined ? undefined : path + anchor;
  }
  return undefined;
}

function fenced(params: ShortcodeParams, inner: string): string {
  const lang = params.positional[0] ?? "";
  const code = inner.replace(/^[ \t]*\n/, "").replace(/\n[ \t]*$/, "");
  const fence = code.includes("```") ? "~~~~" : "```";
  return `${fence}${lang}\n${code}\n${fence}`;
}
