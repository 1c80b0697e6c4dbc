import { versionHash } from "../model/hash.ts";
import type { Article } from "../model/article.ts";
import { TAXONOMIES, type Entity } from "../model/entity.ts";
import type { OutputFile } from "./outputs.ts";

/**
 * Incremental rendering: each output file gets a key made from what its text is made from (its `inputs`, with
 * every article in them reduced to its version, plus the inputs every page shares), or, for outputs without
 * inputs, from its text. Equal keys mean equal text, so a rebuild renders only the files whose key changed.
 * serve keeps the keys in memory (ServeMemo); `build --incremental` keeps them in a manifest beside the output.
 */

/** What every page shares: the site's settings, assets, images and anything else a template reads besides its page. */
export type SharedInputs = unknown;

const hash = versionHash;

// What every page shares, as one hash (maps, such as resized images, by their entries).
const sharedHash = (shared: SharedInputs) =>
  hash(JSON.stringify(shared, (_key, value: unknown) => (value instanceof Map ? [...value] : value)));

/**
 * An article's version: its file's text (through `source`) and what other files decide about it: whether it
 * is scheduled (the build's time), and its entities (names come from entities.yaml, topic spellings from the
 * whole archive). Articles made without a source (tests) are versioned by their whole content.
 */
export function articleVersion(article: Article): string {
  const decided = JSON.stringify([article.scheduled, article.draft, ...TAXONOMIES.map((kind) => article[kind])]);
  return hash(article.source ? article.source + decided : JSON.stringify(article) + decided);
}

/** Makes keys until `done` is called; `track`, when set, is told the path of every article a key is made from. */
export interface Keyer {
  (inputs: unknown): string;
  track?: (articlePath: string) => void;
  done(): void;
}

/**
 * Turns inputs into keys for one build. Inputs are serialised by JSON.stringify with each entity and article
 * standing for a short hash of itself (looked up by identity in the replacer), so the text stays small instead
 * of repeating every article's entities wherever it is listed; articles and entities are left untouched. Hashes
 * are made when first asked for, so keying a few outputs costs little however large the archive.
 */
export function createKeyer(articles: readonly Article[], shared: SharedInputs): Keyer {
  const stands = new Map<object, () => string>();
  const lazy = (make: () => string) => {
    let text: string | undefined;
    return () => (text ??= make());
  };
  const entities = new Set<Entity>();
  for (const a of articles) for (const kind of TAXONOMIES) for (const e of a[kind]) entities.add(e);
  for (const e of entities)
    stands.set(
      e,
      lazy(() => `${e.kind}:${e.slug}:${hash(JSON.stringify(e))}`),
    );
  for (const a of articles) {
    const version = lazy(() => articleVersion(a));
    stands.set(a, () => {
      key.track?.(a.path);
      return version();
    });
  }
  const standIn = (_key: string, value: unknown) =>
    typeof value === "object" && value !== null ? (stands.get(value)?.() ?? value) : value;
  const sharedKey = sharedHash(shared);
  const key = ((inputs: unknown) => `i${hash(sharedKey + JSON.stringify(inputs, standIn))}`) as Keyer;
  key.done = () => stands.clear();
  return key;
}

/** An output's key: from its inputs when it declares them, else from its text (rendered here, once). */
export function outputKey(output: OutputFile, keyOf: (inputs: unknown) => string): { key: string; text?: string } {
  if (output.inputs) return { key: keyOf(output.inputs()) };
  const text = output.render();
  return { key: `t${hash(text)}`, text };
}

/** Outputs whose key matched the last build's, and those whose key did not (their text to be rendered). */
export interface MemoSplit {
  readonly changed: OutputFile[];
  readonly unchanged: OutputFile[];
  /** Every output's key, by file: what the next build compares with. */
  readonly keys: Map<string, string>;
}

/**
 * Splits `outputs` by comparing each key with `previous` (file → key). Changed outputs render at most once
 * (outputs keyed by their text have rendered already and hand that text on). `keyOf` is done afterwards.
 */
export function splitByKey(
  outputs: readonly OutputFile[],
  previous: ReadonlyMap<string, string>,
  keyOf: Keyer,
): MemoSplit {
  const changed: OutputFile[] = [];
  const unchanged: OutputFile[] = [];
  const keys = new Map<string, string>();
  try {
    for (const output of outputs) {
      const { key, text } = outputKey(output, keyOf);
      keys.set(output.file, key);
      if (previous.get(output.file) === key) unchanged.push(output);
      else changed.push(text === undefined ? output : { ...output, render: () => text });
    }
  } finally {
    keyOf.done();
  }
  return { changed, unchanged, keys };
}

/** What serve knows of a rebuild's content besides its outputs. */
export interface ServeRebuild {
  readonly articles: readonly Article[];
  readonly shared: SharedInputs;
  /**
   * The articles (by path) this rebuild edited in place and nothing else, as the caller found them with
   * editedInPlace; undefined when anything else may have changed (every output is then keyed).
   */
  readonly edited?: readonly string[];
}

/**
 * serve's keys between saves. A save that edits articles without moving them (same URL, dates, flags, entities,
 * pins and aliases: what decides which lists show an article and where) changes only the outputs whose inputs
 * list those articles, which the last full pass recorded: they are rendered again without being keyed, and the
 * outputs keyed by their text are compared. Any other save keys every output.
 */
export class ServeMemo {
  private keys = new Map<string, string>();
  private dependents = new Map<string, Set<string>>();
  private articles = new Map<string, Article>();
  private sharedKey = "";

  /** The outputs to write for this rebuild. */
  changed(outputs: readonly OutputFile[], rebuild: ServeRebuild): OutputFile[] {
    const sharedKey = sharedHash(rebuild.shared);
    const edited = sharedKey === this.sharedKey ? rebuild.edited : undefined;
    this.sharedKey = sharedKey;
    this.articles = new Map(rebuild.articles.map((a) => [a.path, a]));
    if (edited) {
      const files = this.listing(edited);
      // Their keys are left out: the next full pass keys them afresh (and so writes them once more at most).
      for (const file of files) this.keys.delete(file);
      const byText = splitByKey(
        outputs.filter((o) => !o.inputs),
        this.keys,
        createKeyer([], null),
      );
      for (const [file, key] of byText.keys) this.keys.set(file, key);
      return [...outputs.filter((o) => o.inputs && files.has(o.file)), ...byText.changed];
    }
    // Every output keyed, and for each article the outputs whose inputs list it.
    const keyer = createKeyer(rebuild.articles, rebuild.shared);
    const dependents = new Map<string, Set<string>>();
    let current = "";
    keyer.track = (path) => {
      const files = dependents.get(path) ?? new Set<string>();
      files.add(current);
      dependents.set(path, files);
    };
    const tracked = outputs.map((o) => (o.inputs ? { ...o, inputs: () => ((current = o.file), o.inputs!()) } : o));
    const split = splitByKey(tracked, this.keys, keyer);
    this.keys = split.keys;
    this.dependents = dependents;
    return split.changed;
  }

  /** The output files whose inputs listed any of these articles (by path) in the last full pass. */
  listing(paths: readonly string[]): Set<string> {
    const files = new Set<string>();
    for (const path of paths) for (const file of this.dependents.get(path) ?? []) files.add(file);
    return files;
  }

  /** The last rebuild's article at `path`. */
  previous(path: string): Article | undefined {
    return this.articles.get(path);
  }

  /** The paths of the articles `articles` changed in place since the last rebuild; undefined when one was added, removed or moved. */
  editedInPlace(articles: readonly Article[]): string[] | undefined {
    if (this.articles.size === 0 || articles.length !== this.articles.size) return undefined;
    const edited: string[] = [];
    for (const a of articles) {
      const before = this.articles.get(a.path);
      if (before === a) continue;
      if (!before || placeOf(before) !== placeOf(a)) return undefined;
      edited.push(a.path);
    }
    return edited;
  }
}

// What decides where an article is listed and what points at it: everything but its text.
function placeOf(a: Article): string {
  const entities = TAXONOMIES.map((kind) => a[kind].map((e) => `${e.kind}:${e.slug}:${e.name}`));
  const refs = [a.related, a.relatedExclude, a.aliases].map((list) => list?.map((r) => r.value));
  return JSON.stringify([
    a.path,
    a.date.toMillis(),
    a.updated?.toMillis(),
    a.featured,
    a.draft,
    a.scheduled,
    a.image,
    entities,
    refs,
  ]);
}
