const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
// Characters XML 1.0 does not allow at all.
// eslint-disable-next-line no-control-regex -- these control characters are what is removed
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for XML content and attribute values, dropping characters XML cannot hold. */
export function escapeXml(text: string): string {
  return text.replace(INVALID, "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Makes root-relative href and src attributes in rendered HTML absolute, for feeds read off-site. The base URL
 * is escaped for the attribute and inserted by a function, so neither quotes nor `$'`-style patterns in it can
 * change the markup (checkBaseUrl refuses such a URL too; this holds whatever is passed).
 */
export function absolutiseHtml(htmlText: string, baseUrl: string): string {
  const base = baseUrl.replace(/[&<>"']/g, (c) => ATTRIBUTE_ESCAPES[c]!);
  return htmlText.replace(
    /(\s(?:href|src)=")(\/(?!\/))/g,
    (_match, attribute: string, slash: string) => attribute + base + slash,
  );
}
