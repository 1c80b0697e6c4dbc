const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
// Characters XML 1.0 does not allow at all.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for XML content and attribute values, dropping characters XML cannot hold. */
export function escapeXml(text: string): string {
  return text.replace(INVALID, "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Makes root-relative href and src attributes in rendered HTML absolute, for feeds read off-site. */
export function absolutiseHtml(htmlText: string, baseUrl: string): string {
  return htmlText.replace(/(\s(?:href|src)=")(\/(?!\/))/g, `$1${baseUrl}$2`);
}
