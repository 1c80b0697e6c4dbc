import matter from "gray-matter";
import { Document, LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from "yaml";
import type { Diagnostic, Position } from "../model/diagnostic.ts";

/** More aliases than this in one front-matter block is refused before anything expands them. */
export const MAX_YAML_ALIASES = 20;
/** Deeper nesting than this (lists in lists, maps in maps, aliases expanded) is refused: no field needs it. */
export const MAX_YAML_DEPTH = 50;
/** More values than this once aliases are expanded is refused (a few aliases can stand for millions). */
export const MAX_YAML_VALUES = 100_000;

/** A file split into checked YAML front-matter and its Markdown body. */
export interface FrontMatterFile {
  /** Front-matter values as plain data with null prototypes. */
  readonly data: Readonly<Record<string, unknown>>;
  /** Markdown after the closing delimiter. */
  readonly body: string;
  /** 1-based line on which the body starts. */
  readonly bodyLine: number;
  /** Where a field (or one item of a list field) was written; line 1 when it is absent. */
  positionOf(field: string, index?: number): Position;
}

/** A file's front-matter, or the reasons it could not be read. */
export type FrontMatterResult =
  | { readonly ok: true; readonly file: FrontMatterFile }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const refuse = (language: string) => () => {
  throw new Error(`${language} front-matter is never executed`);
};

/** gray-matter engines for executable languages, replaced by ones that throw: no call can run content. */
export const REFUSING_ENGINES = {
  js: { parse: refuse("JavaScript"), stringify: refuse("JavaScript") },
  javascript: { parse: refuse("JavaScript"), stringify: refuse("JavaScript") },
  coffee: { parse: refuse("CoffeeScript"), stringify: refuse("CoffeeScript") },
};

/** Splits and parses a file's YAML front-matter, refusing every other language. */
export function parseFrontMatter(text: string, file: string): FrontMatterResult {
  const fail = (line: number, message: string, suggestion?: string): FrontMatterResult => ({
    ok: false,
    diagnostics: [{ file, line, column: 1, field: "front-matter", severity: "error", message, suggestion }],
  });
  const lines = text.split("\n");
  const opening = /^---[ \t]*([^\s]*)[ \t]*\r?$/.exec(lines[0] ?? "");
  if (!opening) {
    return fail(
      1,
      "the file does not start with front-matter",
      "begin the file with a line '---', the YAML fields, then '---'",
    );
  }
  const language = (opening[1] ?? "").toLowerCase();
  if (language !== "" && language !== "yaml" && language !== "yml") {
    return fail(
      1,
      `front-matter language '${opening[1]}' is refused: newsdesk reads YAML only and never runs content`,
      "write the opening line as plain '---' and the fields as YAML",
    );
  }
  // The first line after the opening that starts with a marker closes the block: gray-matter splits there too,
  // so the YAML parsed and the body handed on always meet at the same line.
  const closeIndex = lines.findIndex((line, i) => i > 0 && (line.startsWith("---") || line.startsWith("...")));
  if (closeIndex === -1) {
    return fail(1, "the front-matter is never closed", "add a line '---' after the last field");
  }
  const closer = lines[closeIndex]!;
  const marker = closer.slice(0, 3);
  const rest = closer.slice(3).replace(/\r$/, "");
  if (rest.trim() !== "") {
    return fail(
      closeIndex + 1,
      `the front-matter's closing line '${closer.trim()}' has more than '${marker}'`,
      `write '${marker}' alone on this line; a line inside the fields cannot start with '${marker}'`,
    );
  }
  const block = lines.slice(1, closeIndex).join("\n");
  const parsed = parseYamlBlock(block, file, 1, "front-matter");
  if (!parsed.ok) return parsed;
  // gray-matter splits the body; the YAML engine hands back the block parsed above.
  const split = matter(text, {
    delimiters: ["---", marker],
    engines: { ...REFUSING_ENGINES, yaml: { parse: () => parsed.data, stringify: refuse("YAML") } },
  } as unknown as Parameters<typeof matter>[1]);
  // gray-matter leaves spaces after the closing marker at the start of the body; they end the closing line.
  const body = rest === "" ? split.content : split.content.slice(rest.length).replace(/^\r?\n/, "");
  return {
    ok: true,
    file: {
      data: parsed.data,
      body,
      bodyLine: closeIndex + 2,
      positionOf: parsed.positionOf,
    },
  };
}

const ONE_DOCUMENT = "remove the line: one file holds one list of 'field: value' lines";

type YamlResult =
  | {
      ok: true;
      data: Record<string, unknown>;
      positionOf: FrontMatterFile["positionOf"];
      /** Where the value at a path of keys and list indexes was written (data files' nested fields). */
      positionAt: (path: readonly (string | number)[]) => Position | undefined;
    }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Parses a YAML mapping, giving positions offset by `lineOffset` lines. Used for front-matter and data files;
 * problems name the block as `label`: "front-matter", or a data file's name (the default), never the other.
 */
export function parseYamlBlock(block: string, file: string, lineOffset: number, label = file): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(block, { lineCounter, uniqueKeys: true, prettyErrors: false, version: "1.2" });
  const at = (offset: number | undefined): Position => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  const diagnostic = (position: Position, message: string, suggestion?: string): Diagnostic => ({
    file,
    ...position,
    field: label === "front-matter" ? label : "file",
    severity: "error",
    message,
    suggestion,
  });
  // The yaml package turns a stack overflow while composing into RESOURCE_EXHAUSTION, once per level: one line says it.
  const exhausted = doc.errors.find((e) => e.code === "RESOURCE_EXHAUSTION");
  if (exhausted) return { ok: false, diagnostics: [diagnostic(at(exhausted.pos[0]), tooDeep, shallower)] };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      diagnostics: doc.errors.map((e) =>
        e.code === "DUPLICATE_KEY"
          ? diagnostic(at(e.pos[0]), "a key is given twice", "keep one of the two lines")
          : e.code === "MULTIPLE_DOCS"
            ? diagnostic(
                at(e.pos[0]),
                `${label} holds more than one YAML document (a '---' or '...' line)`,
                ONE_DOCUMENT,
              )
            : diagnostic(
                at(e.pos[0]),
                `YAML: ${e.message.split("\n")[0]}`,
                "check the indentation, colons and quotes on this line",
              ),
      ),
    };
  }
  const shape = measure(doc.contents);
  if (shape.depth > MAX_YAML_DEPTH)
    return { ok: false, diagnostics: [diagnostic(at(shape.deepest), tooDeep, shallower)] };
  const aliases = shape.aliases;
  if (aliases > MAX_YAML_ALIASES) {
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          at(0),
          `${aliases} YAML aliases (*name): more than ${MAX_YAML_ALIASES} are refused`,
          "write the values out instead of using anchors and aliases",
        ),
      ],
    };
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    return {
      ok: false,
      diagnostics: [
        diagnostic(at(0), `${label} must be a list of 'field: value' lines`, "write one 'field: value' per line"),
      ],
    };
  }
  let data: Record<string, unknown> | undefined;
  try {
    data = toPlain(doc, doc.contents, { ancestors: new Set(), values: 0 }) as Record<string, unknown> | undefined;
  } catch (error) {
    if (!(error instanceof YamlLimit)) throw error;
    return { ok: false, diagnostics: [diagnostic(at(error.offset), error.message, error.suggestion)] };
  }
  const pairs = isMap(doc.contents) ? (doc.contents.items as Pair<Node, Node>[]) : [];
  const positionOf = (field: string, index?: number): Position => {
    const pair = pairs.find((p) => isScalar(p.key) && String(p.key.value) === field);
    if (!pair) return { line: lineOffset + 1, column: 1 };
    if (index !== undefined && isSeq(pair.value)) {
      const item = pair.value.items[index] as Node | undefined;
      if (item?.range) return at(item.range[0]);
    }
    const target = index !== undefined && pair.value?.range ? pair.value : pair.key;
    return at(target?.range?.[0]);
  };
  const positionAt = (path: readonly (string | number)[]): Position | undefined => {
    let node: unknown = doc.contents;
    let start: number | undefined;
    for (const step of path) {
      if (isMap(node)) {
        const pair = (node.items as Pair<Node, Node>[]).find(
          (p) => isScalar(p.key) && String(p.key.value) === String(step),
        );
        // A field is shown at its key; a list item at the item.
        start = pair?.key?.range?.[0];
        node = pair?.value;
      } else if (isSeq(node) && typeof step === "number") {
        node = node.items[step];
        start = (node as Node | undefined)?.range?.[0];
      } else {
        break;
      }
      if (start === undefined) return undefined;
    }
    return start === undefined ? undefined : at(start);
  };
  return { ok: true, data: data ?? (Object.create(null) as Record<string, unknown>), positionOf, positionAt };
}

const tooDeep = `the YAML is nested more than ${MAX_YAML_DEPTH} levels deep`;
const shallower = "write the value as a flat list or a few 'field: value' lines; nothing in newsdesk nests that deep";

// Depth (aliases not followed) and number of aliases, walked with a stack of its own: deep YAML cannot overflow it.
function measure(root: unknown): { depth: number; deepest: number | undefined; aliases: number } {
  let depth = 0;
  let deepest: number | undefined;
  let aliases = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, level] = stack.pop()!;
    if (level > depth) [depth, deepest] = [level, (node as Node | null)?.range?.[0]];
    if (depth > MAX_YAML_DEPTH) break;
    if (isAlias(node)) aliases++;
    else if (isSeq(node)) for (const item of node.items) stack.push([item, level + 1]);
    else if (isMap(node)) for (const pair of node.items) stack.push([pair.key, level + 1], [pair.value, level + 1]);
  }
  return { depth, deepest, aliases };
}

// A limit met while expanding aliases: reported as a diagnostic at `offset`, never thrown to the user.
class YamlLimit extends Error {
  constructor(
    message: string,
    readonly offset: number | undefined,
    readonly suggestion: string,
  ) {
    super(message);
  }
}

interface Expansion {
  /** The collections being expanded, outermost first: an alias to one of them never ends. */
  readonly ancestors: Set<unknown>;
  values: number;
}

// Converts YAML nodes to null-prototype plain data, so no key (__proto__ included) reaches a prototype.
function toPlain(doc: Document, node: unknown, expansion: Expansion, depth = 0): unknown {
  const offset = (node as Node | null)?.range?.[0];
  if (depth > MAX_YAML_DEPTH) throw new YamlLimit(tooDeep, offset, shallower);
  if (++expansion.values > MAX_YAML_VALUES) {
    throw new YamlLimit(
      `the YAML's aliases expand to more than ${MAX_YAML_VALUES.toLocaleString("en")} values`,
      offset,
      "write the values out instead of using anchors and aliases",
    );
  }
  if (isAlias(node)) {
    const target = node.resolve(doc);
    if (expansion.ancestors.has(target)) {
      throw new YamlLimit(
        `the alias *${node.source} is part of the value it names, so it never ends`,
        offset,
        "write the value out instead of the alias",
      );
    }
    return toPlain(doc, target, expansion, depth + 1);
  }
  if (isScalar(node)) return node.value;
  if (!isSeq(node) && !isMap(node)) return node ?? undefined;
  expansion.ancestors.add(node);
  let out: unknown;
  if (isSeq(node)) {
    out = node.items.map((item) => toPlain(doc, item, expansion, depth + 1));
  } else {
    const map = Object.create(null) as Record<string, unknown>;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      map[key] = toPlain(doc, pair.value, expansion, depth + 1);
    }
    out = map;
  }
  expansion.ancestors.delete(node);
  return out;
}
