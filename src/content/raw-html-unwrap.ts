/**
 * Put on an element left out with its text kept, until unwrap() takes its tags away. The sanitizer cannot be told to
 * (renaming it to an element not allowed leaves that name on a later closing tag, so an element stays open).
 */
export const UNWRAP = "data-newsdesk-unwrap";

/** The elements of raw HTML that have no closing tag. */
export const VOID: ReadonlySet<string> = new Set(["img", "br", "hr", "col"]);

/**
 * The stream without the tags of each element marked UNWRAP (a void one is removed): the sanitizer's output is
 * balanced and escapes "<" in text and attributes, so an element's closing tag is found by counting.
 */
export function unwrap(html: string): string {
  const marked = new RegExp(`<([a-z][a-z0-9]*) ${UNWRAP}(?:="")?>`);
  for (let m = marked.exec(html); m; m = marked.exec(html)) {
    const name = m[1]!;
    const after = m.index + m[0].length;
    let end: { at: number; length: number } | undefined;
    if (!VOID.has(name)) {
      const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, "g");
      tags.lastIndex = after;
      let depth = 1;
      for (let t = tags.exec(html); t && !end; t = tags.exec(html)) {
        depth += t[1] ? -1 : 1;
        if (depth === 0) end = { at: t.index, length: t[0].length };
      }
    }
    html =
      html.slice(0, m.index) + (end ? html.slice(after, end.at) + html.slice(end.at + end.length) : html.slice(after));
  }
  return html;
}
