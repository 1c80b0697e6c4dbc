import type { Parser } from "htmlparser2";
import type { WxrMeta, WxrRecord, WxrTerm } from "./wxr-records.ts";
import { CHANNEL_FIELDS, EMPTY_CHANNEL, ITEM_FIELDS, itemOf, postmeta, term } from "./wxr-fields.ts";

/** Turns the XML parser's events into WXR records: holds the record being read and those finished since the last drain. */
export class WxrSink {
  private readonly ready: WxrRecord[] = [];
  private readonly stack: string[] = [];
  private text = "";
  private channel: Record<string, string> = {};
  private channelSent = false;
  private item: Record<string, string> | undefined;
  private terms: WxrTerm[] = [];
  private meta: WxrMeta[] = [];
  private pending: Record<string, string> = {};
  private linesBefore = 0;
  private chunkStart = 0;
  private chunkText = "";
  private parser: Parser | undefined;
  private sawChannel = false;
  /** Why the file is no whole export (an element closed only by the file's end or a stray close tag), with its line. */
  damage: { readonly line: number; readonly why: string } | undefined;

  /** Told of each chunk before the parser reads it, to know the line an item starts on. */
  chunk(text: string): void {
    this.linesBefore += countLines(this.chunkText);
    this.chunkStart += this.chunkText.length;
    this.chunkText = text;
  }

  /** The records finished since the last drain, in file order. */
  *drain(): Generator<WxrRecord> {
    yield* this.ready.splice(0);
  }

  /** The parser's callbacks. */
  handlers(): Partial<ConstructorParameters<typeof Parser>[0]> & object {
    return {
      onparserinit: (parser: Parser) => (this.parser = parser),
      onopentag: (name: string, attribs: Record<string, string>) => this.open(name, attribs),
      ontext: (text: string) => (this.text += text),
      onclosetag: (name: string, isImplied: boolean) => {
        if (isImplied) this.damaged(name);
        this.close(name);
      },
      onend: () => this.sendChannel(),
    };
  }

  /** True once <rss><channel> has opened: an empty or non-XML file never opens it. */
  isExport(): boolean {
    return this.sawChannel;
  }

  private open(name: string, attribs: Record<string, string>): void {
    this.stack.push(name);
    if (name === "channel" && this.stack.length === 2 && this.stack[0] === "rss") this.sawChannel = true;
    this.text = "";
    if (name === "item" && this.stack.length === 3) {
      this.sendChannel();
      this.item = { line: String(this.lineAt(this.parser?.startIndex ?? 0)) };
      this.terms = [];
      this.meta = [];
    } else if (name === "wp:author" && this.stack.length === 3) {
      this.sendChannel();
      this.pending = {};
    } else if (name === "category" && this.item) {
      this.pending = { domain: attribs.domain ?? "", nicename: attribs.nicename ?? "" };
    } else if (name === "wp:postmeta" && this.item) {
      this.pending = {};
    }
  }

  private close(name: string): void {
    const parent = this.stack[this.stack.length - 2];
    const depth = this.stack.length;
    const text = this.text;
    this.stack.pop();
    this.text = "";
    if (this.item && depth === 3 && name === "item") return this.sendItem();
    if (this.item && depth === 4 && ITEM_FIELDS[name]) this.item[ITEM_FIELDS[name]] = text;
    else if (this.item && depth === 4 && name === "category") this.terms.push(term(this.pending, text));
    else if (this.item && parent === "wp:postmeta") this.pending[name] = text;
    else if (this.item && depth === 4 && name === "wp:postmeta") this.meta.push(postmeta(this.pending));
    else if (!this.item && depth === 3 && CHANNEL_FIELDS[name]) this.channel[CHANNEL_FIELDS[name]] = text.trim();
    else if (!this.item && parent === "wp:author") this.pending[name] = text;
    else if (!this.item && depth === 3 && name === "wp:author") this.sendAuthor();
  }

  private sendChannel(): void {
    if (this.channelSent) return;
    this.channelSent = true;
    this.ready.push({ kind: "channel", channel: { ...EMPTY_CHANNEL, ...this.channel } });
  }

  private sendAuthor(): void {
    const login = (this.pending["wp:author_login"] ?? "").trim();
    // A name is one line of text: a newline in it would make a two-line byline.
    const name = (this.pending["wp:author_display_name"] ?? "").replace(/\s+/g, " ").trim() || login;
    if (login) this.ready.push({ kind: "author", login, name });
  }

  private sendItem(): void {
    const fields = this.item ?? {};
    this.item = undefined;
    this.ready.push({ kind: "item", item: itemOf(fields, this.terms, this.meta) });
  }

  // Only the first damage is told: the rest follows from it. The parser closes what the file left open at its end.
  private damaged(name: string): void {
    if (this.damage) return;
    const index = this.parser?.endIndex ?? 0;
    const atEnd = index >= this.chunkStart + this.chunkText.length - 1;
    const line = atEnd ? this.linesBefore + countLines(this.chunkText) + 1 : this.lineAt(index);
    const item = this.item?.line ? ` (in the item that begins on line ${this.item.line})` : "";
    const why = atEnd
      ? `the file ends with <${name}> still open${item}: the export was cut short`
      : `<${name}> is still open at this line's close tag${item}: the export is damaged`;
    this.damage = { line, why };
  }

  // The 1-based line of a character index of the whole file (within the chunk being parsed, else its start).
  private lineAt(index: number): number {
    const within = Math.max(0, index - this.chunkStart);
    return this.linesBefore + countLines(this.chunkText.slice(0, within)) + 1;
  }
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
