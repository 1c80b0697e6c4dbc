// WordPress shortcodes as written: [name attr="v" positional], optionally enclosing [/name]; [[name]] is the escaped,
// literal form. Only the syntax is read here; what each one becomes is wordpress/shortcodes.ts's business.

/** One shortcode found in a text: its name, attributes (positional ones under "0", "1"…), content and place. */
export interface Shortcode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly content?: string;
  /** The text as written, [name …]…[/name]. */
  readonly raw: string;
  readonly index: number;
}

// [ name attrs ] then, lazily, content up to [/name]; the backreference keeps [a][/b] apart.
const SHORTCODE =
  /\[(\[?)([A-Za-z][\w-]*)(?![\w-])((?:[^\]"'[]|"[^"]*"|'[^']*')*?)(\/?)\](?:([\s\S]*?)\[\/\2\])?(\]?)/g;
const ATTR = /([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)|"([^"]*)"|'([^']*)'|(\S+)/g;

/**
 * `text` with each shortcode replaced by what `replace` returns for it (undefined leaves it as written).
 * Enclosed content is not searched again: the replacement decides what to do with it.
 */
export function replaceShortcodes(text: string, replace: (code: Shortcode) => string | undefined): string {
  return text.replace(
    SHORTCODE,
    (
      raw,
      open: string,
      name: string,
      attrs: string,
      selfClose: string,
      content: string | undefined,
      close: string,
      index: number,
    ) => {
      // [[name]] is how WordPress writes a shortcode as text: shown as [name], never run.
      if (open === "[" && close === "]") return raw.slice(1, -1);
      const code = {
        name,
        attrs: parseAttributes(attrs),
        ...(content !== undefined && selfClose === "" ? { content } : {}),
        raw: raw.slice(open.length, raw.length - close.length),
        index: index + open.length,
      };
      const replaced = replace(code);
      return replaced === undefined ? raw : open + replaced + close;
    },
  );
}

/** A shortcode's attributes: named ones by lowercased name, positional ones as "0", "1"… ("[youtube=URL]" gives "0"). */
export function parseAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  let positional = 0;
  const source = text.replace(/^\s*=\s*/, " ");
  for (const m of source.matchAll(ATTR)) {
    const named = m[1] ?? m[3] ?? m[5];
    const value = m[2] ?? m[4] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? "";
    if (named !== undefined) attrs[named.toLowerCase()] = decode(value);
    else if (value !== "/") attrs[String(positional++)] = decode(value);
  }
  return attrs;
}

// Editors' quotes and ampersands arrive as entities inside attributes.
function decode(value: string): string {
  return value
    .replace(/&quot;|&#0?34;/g, '"')
    .replace(/&#0?39;|&#8217;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The 1-based line of `index` in `text`. */
export function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
