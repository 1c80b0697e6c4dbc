import type { Attachment } from "./catalogue.ts";

const IMG = /<img\b[^>]*>/gi;
const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "<": "&lt;" };

/**
 * Images WordPress inserted with an empty or missing alt get their attachment's text alternative (its alt text,
 * else its title): the editor wrote it once, in the media library, and the class wp-image-N names the attachment.
 */
export function fillImageAlt(html: string, attachment: (id: string) => Attachment | undefined): string {
  return html.replace(IMG, (tag) => {
    const id = /\bclass\s*=\s*["'][^"']*\bwp-image-(\d+)\b/i.exec(tag)?.[1];
    const alt = id ? attachment(id)?.alt : undefined;
    const written = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (!alt || (written?.[1] ?? written?.[2] ?? "").trim() !== "") return tag;
    const text = alt.replace(/[&"<]/g, (c) => ESCAPES[c]!);
    const without = tag.replace(/\s+alt\s*=\s*(["'])\s*\1/i, "");
    return without.replace(/^<img\b/i, `<img alt="${text}"`);
  });
}
