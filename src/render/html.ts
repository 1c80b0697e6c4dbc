/** HTML that is already safe to emit: made only by `html` templates or by the named `raw` below. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const UNESCAPES: Record<string, string> = Object.fromEntries(Object.entries(ESCAPES).map(([c, e]) => [e, c]));

/** Undoes escapeHtml (and the same five escapes written by others, as the sanitizer writes text): the text again. */
export function unescapeHtml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => UNESCAPES[e]!);
}

/** A value a template may interpolate. */
export type Html = SafeHtml | string | number | null | undefined | false | readonly Html[];

/**
 * Tagged template for HTML: every interpolated value is escaped unless it is SafeHtml; arrays are joined;
 * null, undefined and false render nothing. Escaping is the default, so content cannot reach a page raw.
 */
export function html(strings: TemplateStringsArray, ...values: Html[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new SafeHtml(out);
}

/** Marks trusted HTML as safe: only for Markdown rendered by src/content/markdown.ts (raw HTML through its allowlist) and SVG built by newsdesk. */
export function raw(trusted: string): SafeHtml {
  return new SafeHtml(trusted);
}

function render(value: Html): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** JSON for a <script type="application/ld+json"> element: no string can close the element. */
export function jsonForScript(data: unknown): SafeHtml {
  return raw(
    JSON.stringify(data)
      .replace(/</g, "\\u003c")
      .replace(/>/g, "\\u003e")
      .replace(/&/g, "\\u0026")
      .replace(/\u2028/g, "\\u2028")
      .replace(/\u2029/g, "\\u2029"),
  );
}
