import { parseDocument } from "yaml";

/** One change made to front-matter YAML so it reads as its generator read it: the line (in the YAML) and what. */
export interface YamlRepair {
  readonly line: number;
  readonly detail: string;
}

/** Front-matter read (maybe after repairs), or the first error where the YAML means nothing certain. */
export type YamlReading =
  | { readonly ok: true; readonly data: Record<string, unknown>; readonly repairs: readonly YamlRepair[] }
  | { readonly ok: false; readonly line: number; readonly message: string };

const KEY_LINE = /^([A-Za-z0-9_-]+)[ \t]*:(?:[ \t]+(.*))?$/;
const LIST_OR_COMMENT = /^[ \t]*(?:-(?:[ \t]|$)|#)/;

/**
 * Reads front-matter YAML as Jekyll (Ruby's tolerant parser) or Hugo wrote it. YAML that fails is repaired where
 * its meaning is plain: tabs indenting a line, a value's continuation written at column 0, and an unquoted ": "
 * inside a top-level value; each change is returned. Dates stay strings (core schema), so their offsets survive.
 */
export function readTolerantYaml(raw: string): YamlReading {
  const first = parse(raw);
  if (first.ok) return { ok: true, data: first.data, repairs: [] };
  const { text, repairs } = repair(raw);
  if (repairs.length === 0) return first;
  const second = parse(text);
  return second.ok ? { ok: true, data: second.data, repairs } : first;
}

function parse(raw: string): YamlReading {
  const doc = parseDocument(raw, { schema: "core", uniqueKeys: false, prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0].line ?? 1;
    // The parser's own "at line N, column M" counts from the front-matter, not the file: the caller gives the file's line.
    const message = (error.message.split("\n")[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, "");
    return { ok: false, line, message };
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return { ok: true, data: {}, repairs: [] };
  if (typeof data !== "object" || Array.isArray(data)) {
    return { ok: false, line: 1, message: "front-matter is not a set of key: value lines" };
  }
  return { ok: true, data: data as Record<string, unknown>, repairs: [] };
}

// Each line repaired on its own, knowing only the line before it: the three mistakes Ruby's parser let through.
function repair(raw: string): { text: string; repairs: YamlRepair[] } {
  const repairs: YamlRepair[] = [];
  const out: string[] = [];
  let scalarKey: string | undefined;
  raw.split("\n").forEach((original, i) => {
    const line = i + 1;
    let text = original;
    const tabs = /^[ \t]*\t[ \t]*/.exec(text);
    if (tabs) {
      text = tabs[0].replace(/\t/g, "  ") + text.slice(tabs[0].length);
      repairs.push({ line, detail: "tab indentation replaced by spaces" });
    }
    const key = KEY_LINE.exec(text);
    if (scalarKey && text.trim() !== "" && /^\S/.test(text) && !key && !LIST_OR_COMMENT.test(text)) {
      repairs.push({ line, detail: `continuation of ${scalarKey} at column 0 indented` });
      out.push(`  ${text}`);
      return;
    }
    const value = key?.[2]?.trim();
    if (key && value && /:(?:\s|$)/.test(value) && !/^["'[{|>&*!#]/.test(value)) {
      text = `${key[1]}: ${JSON.stringify(value)}`;
      repairs.push({ line, detail: `value of ${key[1]} with an unquoted ": " quoted` });
    }
    // Only a plain value can carry on at column 0; after a list, a block or a nested map the line means something else.
    scalarKey = key && value && !/^[[{|>&*!]/.test(value) ? key[1] : scalarKey && !key ? scalarKey : undefined;
    out.push(text);
  });
  return { text: out.join("\n"), repairs };
}
