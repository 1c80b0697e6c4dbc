import { createHash } from "node:crypto";
import type { Article } from "../content/article.ts";
import type { OutputFile } from "./outputs.ts";

/**
 * Incremental rendering: each output file gets a key made from what its text is made from (its `inputs`, with
 * every article in them reduced to its version, plus the inputs every page shares), or, for outputs without
 * inputs, from its text. Equal keys mean equal text, so a rebuild renders only the files whose key changed.
 * serve keeps the keys in memory; `build --incremental` keeps them in a manifest beside the output folder.
 */

/** What every page shares: the site's settings, assets, images and anything else a template reads besides its page. */
export type SharedInputs = unknown;

const hash = (text: string) => createHash("sha1").update(text).digest("base64");

/**
 * An article's version: its file's text (through `source`) and what other files decide about it: whether it
 * is scheduled (the build's time), and its entities (names come from entities.yaml, topic spellings from the
 * whole archive). Articles made without a source (tests) are versioned by their whole content.
 */
export function articleVersion(article: Article): string {
  const decided = JSON.stringify([article.scheduled, article.draft, article.agencies, article.outlets, article.countries, article.topics]);
  return article.source ? `${article.source}${decided}` : hash(JSON.stringify(article) + decided);
}

/** Turns inputs into keys for one build: articles are looked up once each, by identity. */
export function createKeyer(articles: readonly Article[], shared: SharedInputs): (inputs: unknown) => string {
  const versions = new Map<object, string>();
  for (const a of articles) versions.set(a, articleVersion(a));
  const replacer = (_key: string, value: unknown) => {
    if (value === null || typeof value !== "object") return value;
    const version = versions.get(value);
    if (version !== undefined) return version;
    if (value instanceof Map) return [...value];
    return value;
  };
  const sharedKey = hash(JSON.stringify(shared, replacer));
  return (inputs) => `i${hash(sharedKey + JSON.stringify(inputs, replacer))}`;
}

/** An output's key: from its inputs when it declares them, else from its text (rendered here, once). */
export function outputKey(output: OutputFile, keyOf: (inputs: unknown) => string): { key: string; text?: string } {
  if (output.inputs) return { key: keyOf(output.inputs()) };
  const text = output.render();
  return { key: `t${hash(text)}`, text };
}

/** An output whose key matched the last build's, and one whose key did not (its text to be rendered). */
export interface MemoSplit {
  readonly changed: OutputFile[];
  readonly unchanged: OutputFile[];
  /** Every output's key, by file: what the next build compares with. */
  readonly keys: Map<string, string>;
}

/**
 * Splits `outputs` by comparing each key with `previous` (file → key). Changed outputs render at most once
 * (outputs keyed by their text have rendered already and hand that text on).
 */
export function splitByKey(outputs: readonly OutputFile[], previous: ReadonlyMap<string, string>, keyOf: (inputs: unknown) => string): MemoSplit {
  const changed: OutputFile[] = [];
  const unchanged: OutputFile[] = [];
  const keys = new Map<string, string>();
  for (const output of outputs) {
    const { key, text } = outputKey(output, keyOf);
    keys.set(output.file, key);
    if (previous.get(output.file) === key) unchanged.push(output);
    else changed.push(text === undefined ? output : { ...output, render: () => text });
  }
  return { changed, unchanged, keys };
}
