/**
 * Whether a file a build wrote counts as a page: an HTML file, but for the `page/1/` stubs Hugo's paginator
 * writes to redirect to a list's first page (newsdesk and the floor write none).
 */
export function isPageFile(path: string): boolean {
  return path.endsWith(".html") && !/(^|\/)page\/1\/index\.html$/.test(path);
}
