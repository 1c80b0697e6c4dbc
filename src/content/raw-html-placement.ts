// Where each element of raw HTML may stand, as browsers and html-validate read the content model. htmlparser2 keeps
// an element wherever it is written, while a browser moves or splits it (a <li> outside a list, a <p> inside a
// <span>), so the page verify checks would not be what the editor wrote.

// The parents an element may only stand in.
const PARENTS: Readonly<Record<string, readonly string[]>> = {
  li: ["ul", "ol"],
  dt: ["dl", "div"],
  dd: ["dl", "div"],
  tr: ["table", "thead", "tbody", "tfoot"],
  td: ["tr"],
  th: ["tr"],
  ...Object.fromEntries(["thead", "tbody", "tfoot", "caption", "colgroup"].map((t) => [t, ["table"]])),
  col: ["colgroup"],
  summary: ["details"],
  figcaption: ["figure"],
};

// The only children an element may hold.
const CHILDREN: Readonly<Record<string, readonly string[]>> = {
  ul: ["li"],
  ol: ["li"],
  dl: ["dt", "dd", "div"],
  table: ["caption", "colgroup", "thead", "tbody", "tfoot", "tr"],
  ...Object.fromEntries(["thead", "tbody", "tfoot"].map((t) => [t, ["tr"]])),
  tr: ["td", "th"],
  colgroup: ["col"],
};

/** Elements whose content is phrasing only (or, as a <summary>, phrasing and headings). */
export const PHRASING = new Set([
  ...["p", "h1", "h2", "h3", "h4", "h5", "h6", "span", "em", "strong", "i", "b", "u", "s", "del", "ins", "mark"],
  ...["small", "code", "pre", "sup", "sub", "kbd", "abbr", "summary"],
]);

// Flow content that may not stand where only phrasing content may.
const FLOW = new Set([
  ...["p", "div", "ul", "ol", "dl", "table", "figure", "details", "blockquote", "pre", "hr", "figcaption"],
  ...["h2", "h3", "h4", "h5", "h6", "li", "dd", "tr", "td", "th", "caption", "summary"],
]);

/**
 * Why `name` may not stand inside `open` (the raw elements open around it, outermost first; `phrasing` when Markdown
 * put it in a paragraph or heading), or undefined where it may.
 */
export function misplaced(name: string, open: readonly string[], phrasing: boolean): string | undefined {
  const parent = open.at(-1);
  const parents = PARENTS[name];
  if (parents && !(parent && parents.includes(parent) && (parent !== "div" || open.at(-2) === "dl"))) {
    return `outside <${parents.filter((p) => p !== "div").join("> or <")}>`;
  }
  const children = parent ? CHILDREN[parent] : undefined;
  if (children && !children.includes(name)) return `inside <${parent}>, which holds only <${children.join(">, <")}>`;
  if (FLOW.has(name) && (phrasing || open.some((n) => PHRASING.has(n))))
    return "inside a paragraph, heading or inline element";
  return undefined;
}
