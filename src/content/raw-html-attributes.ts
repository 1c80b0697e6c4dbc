import type sanitizeHtml from "sanitize-html";

// A boolean attribute is written bare (open="no" still opens); a count is a whole number a browser reads as one.
const BOOLEAN = new Set(["open", "reversed"]);
const COUNTS: Readonly<Record<string, RegExp>> = {
  colspan: /^[1-9]\d{0,2}$/,
  rowspan: /^\d{1,4}$/,
  span: /^[1-9]\d{0,2}$/,
  start: /^-?\d{1,9}$/,
};

/** The attributes kept, each boolean written bare and each count a whole number; an unusable count is dropped and named. */
export function counted(kept: sanitizeHtml.Attributes, drop: (what: string) => void): sanitizeHtml.Attributes {
  const out: sanitizeHtml.Attributes = {};
  const unusable: string[] = [];
  for (const [a, value] of Object.entries(kept)) {
    if (BOOLEAN.has(a)) out[a] = "";
    else if (!COUNTS[a] || COUNTS[a].test(value.trim())) out[a] = COUNTS[a] ? value.trim() : value;
    else unusable.push(`${a} ${value}`);
  }
  if (unusable.length > 0) drop(`count ${unusable.join(", ")}`);
  return out;
}

/** The width and height kept when each is a whole number of pixels. */
export function size(kept: sanitizeHtml.Attributes): sanitizeHtml.Attributes {
  const out: sanitizeHtml.Attributes = {};
  for (const a of ["width", "height"]) if (/^\d{1,5}$/.test(kept[a]?.trim() ?? "")) out[a] = kept[a]!.trim();
  return out;
}

/** The attributes without `name`. */
export function omit(attribs: sanitizeHtml.Attributes, name: string): sanitizeHtml.Attributes {
  return Object.fromEntries(Object.entries(attribs).filter(([a]) => a !== name));
}
