/** What a site path says about the page it means, for finding that page when the path leads nowhere. */
export interface PathSlug {
  /**
   * The last meaningful segment as a lookup key: lower case, "_" as "-", without a trailing .html or index.html
   * or a leading YYYY-MM-DD- (Jekyll's post names); undefined when the path ends in a number (a page, a date) or
   * has no segment.
   */
  readonly key?: string;
  /** The month the path names (its first YYYY/MM pair of segments, or the date before the slug), counted as year × 12 + month − 1. */
  readonly month?: number;
}

const DATED_SLUG = /^((?:19|20|21)\d\d)-(0[1-9]|1[0-2])-\d\d-(.+)$/;

/** The key and month of a site path: "/news/2017/04/28/QSB_29.html" is qsb-29 of April 2017. */
export function pathSlug(path: string): PathSlug {
  const segments = path.split("/").filter((s) => s !== "");
  if (segments.length > 0 && /^index\.html?$/i.test(segments.at(-1)!)) segments.pop();
  let last = segments.at(-1)?.replace(/\.html?$/i, "");
  let month = monthOf(segments);
  const dated = last === undefined ? null : DATED_SLUG.exec(last);
  if (dated) {
    last = dated[3]!;
    month ??= monthNumber(dated[1]!, dated[2]!);
  }
  const key = last && !/^\d+$/.test(last) ? last.toLowerCase().replace(/_/g, "-") : undefined;
  return { ...(key !== undefined ? { key } : {}), ...(month !== undefined ? { month } : {}) };
}

// The first year segment followed by a month segment ("/news/2017/04/28/x/" → April 2017).
function monthOf(segments: readonly string[]): number | undefined {
  for (let i = 0; i + 1 < segments.length; i++) {
    const [year, month] = [segments[i]!, segments[i + 1]!];
    if (/^(19|20|21)\d\d$/.test(year) && /^(0?[1-9]|1[0-2])$/.test(month)) return monthNumber(year, month);
  }
  return undefined;
}

function monthNumber(year: string, month: string): number {
  return Number(year) * 12 + Number(month) - 1;
}
