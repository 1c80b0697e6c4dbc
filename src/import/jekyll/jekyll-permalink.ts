import type { DateTime } from "luxon";

/** Jekyll's named permalink styles and the templates they stand for. */
export const JEKYLL_STYLES: Readonly<Record<string, string>> = {
  date: "/:categories/:year/:month/:day/:title:output_ext",
  pretty: "/:categories/:year/:month/:day/:title/",
  ordinal: "/:categories/:year/:y_day/:title:output_ext",
  weekdate: "/:categories/:year/W:week/:short_day/:title:output_ext",
  none: "/:categories/:title:output_ext",
};

/** What a post's address is made of: its date in the site's zone, the file name's title part, front-matter. */
export interface JekyllPostFacts {
  readonly date: DateTime;
  /** The file name without date and extension, as written: "Beta-2-Released". */
  readonly name: string;
  /** Front-matter slug, when given (overrides the file name's part in :title and :slug). */
  readonly slug?: string;
  readonly categories: readonly string[];
}

/**
 * A post's old path, as Jekyll built it from a style or template (site permalink, or the post's own): :title keeps
 * the file name's capitals (Jekyll's "pretty, cased" slug), :slug and :categories are lowercased. No baseurl.
 */
export function jekyllPostPath(template: string | undefined, post: JekyllPostFacts): string {
  const pattern = JEKYLL_STYLES[template ?? "date"] ?? template ?? JEKYLL_STYLES["date"]!;
  const d = post.date;
  const base = post.slug ?? post.name;
  const values: Record<string, string> = {
    year: d.toFormat("yyyy"),
    short_year: d.toFormat("yy"),
    month: d.toFormat("MM"),
    i_month: String(d.month),
    short_month: d.toFormat("LLL", { locale: "en" }),
    long_month: d.toFormat("LLLL", { locale: "en" }),
    day: d.toFormat("dd"),
    i_day: String(d.day),
    y_day: d.toFormat("ooo"),
    hour: d.toFormat("HH"),
    minute: d.toFormat("mm"),
    second: d.toFormat("ss"),
    week: d.toFormat("WW"),
    w_year: d.toFormat("kkkk"),
    w_day: String(d.weekday),
    short_day: d.toFormat("ccc", { locale: "en" }),
    long_day: d.toFormat("cccc", { locale: "en" }),
    title: jekyllSlug(base, "pretty", true),
    slug: jekyllSlug(base, "default", false),
    name: jekyllSlug(post.name, "default", false),
    categories: [...new Set(post.categories.map((c) => c.toLowerCase()))].join("/"),
    output_ext: ".html",
  };
  return fill(pattern, values);
}

/** A page's old path: its own permalink, else /dir/name/ under a pretty (or slash-ended) site style, else /dir/name.html. */
export function jekyllPagePath(siteTemplate: string | undefined, relPath: string, own?: string): string {
  const dot = relPath.lastIndexOf(".");
  const stem = dot > 0 ? relPath.slice(0, dot) : relPath;
  if (own) return fill(own, { path: "", basename: stem, output_ext: ".html" });
  const pretty = siteTemplate === "pretty" || (siteTemplate?.endsWith("/") ?? false);
  return encodePath(pretty ? `/${stem}/` : `/${stem}.html`);
}

/** Jekyll's Utils.slugify: "default" keeps letters and digits, "pretty" also ._~!$&'()+,;=@; cased keeps capitals. */
export function jekyllSlug(text: string, mode: "default" | "pretty", cased: boolean): string {
  const strip = mode === "pretty" ? /[^\p{L}\p{N}._~!$&'()+,;=@]+/gu : /[^\p{L}\p{N}]+/gu;
  const slug = text.replace(strip, "-").replace(/^-+|-+$/g, "");
  return cased ? slug : slug.toLowerCase();
}

// Placeholders replaced (unknown ones kept), doubled slashes collapsed, the path escaped as Jekyll's URL does.
function fill(template: string, values: Readonly<Record<string, string>>): string {
  const filled = template.replace(/:([a-z_]+)/g, (whole, name: string) => values[name] ?? whole);
  const path = `/${filled}`.replace(/\/{2,}/g, "/");
  return encodePath(path);
}

function encodePath(path: string): string {
  try {
    return encodeURI(decodeURI(path));
  } catch {
    return encodeURI(path);
  }
}
