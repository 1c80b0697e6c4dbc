/** The site a link post points at, as a reader names it: "https://www.example.org/a" → "example.org". */
export function linkHost(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    // Validation refused such a link; show it as written rather than fail a page.
    return url;
  }
  return host.replace(/^www\./, "");
}
