/** A shortcode's parameters: the positional ones in order, the named ones by name. */
export interface ShortcodeParams {
  readonly positional: readonly string[];
  readonly named: Readonly<Record<string, string>>;
}

const PARAM = /(?:([\w-]+)=)?("(?:[^"\\]|\\.)*"|`[^`]*`|[^\s"`]+)/g;

/** Reads `src="a.png" alt="An alt" 42 title=x`: quoted ("…" with escapes, `…` raw) or bare values. */
export function readShortcodeParams(text: string): ShortcodeParams {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  for (const m of text.matchAll(PARAM)) {
    const [, name, raw = ""] = m;
    const value = raw.startsWith('"') ? unquote(raw) : raw.startsWith("`") ? raw.slice(1, -1) : raw;
    if (name) named[name] = value;
    else positional.push(value);
  }
  return { positional, named };
}

function unquote(raw: string): string {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, -1);
  }
}
