import { load } from "cheerio";

/** Text of an HTML fragment (a title, an excerpt): tags dropped, entities decoded, whitespace collapsed. */
export function plainText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, " ").trim();
  return load(html, null, false).text().replace(/\s+/g, " ").trim();
}
