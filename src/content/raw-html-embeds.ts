import { embedPlaceholder, type Embed } from "./embeds.ts";

/** Put on the <figure> the sanitizer makes of an allowed <iframe>: the number of its embed, until placeEmbeds(). */
export const EMBED_MARK = "data-newsdesk-embed";

/** An allowed embed found in raw HTML: its title, and whether only phrasing content may stand where it is. */
export interface FoundEmbed {
  readonly embed: Embed;
  readonly title: string;
  readonly phrasing: boolean;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * Each marked <figure> (with whatever the <iframe> held: fallback text) swapped for its placeholder (src/content/embeds.ts).
 * The sanitizer's output is balanced and escapes "<" in text and attributes, so the matching </figure> is found by counting.
 */
export function placeEmbeds(html: string, embeds: readonly FoundEmbed[]): string {
  const placeholder = (k: number) => embedPlaceholder(embeds[k]!.embed, embeds[k]!.title, escape, embeds[k]!.phrasing);
  const open = new RegExp(`<figure ${EMBED_MARK}="(\\d+)">`, "g");
  let out = "";
  let from = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const figures = /<(\/?)figure\b[^>]*>/g;
    figures.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = html.length;
    for (let f = figures.exec(html); f; f = figures.exec(html)) {
      depth += f[1] ? -1 : 1;
      if (depth === 0) {
        end = f.index + f[0].length;
        break;
      }
    }
    out += html.slice(from, m.index) + placeholder(Number(m[1]));
    from = end;
    open.lastIndex = end;
  }
  return out + html.slice(from);
}
