import type { ImportContext } from "../imported.ts";
import { addressKey, oldAddresses, slugOf } from "./addresses.ts";
import { publishedAt } from "./item-dates.ts";
import { itemKind } from "./item-kind.ts";
import { plainText } from "./plain-text.ts";
import { readWxr } from "./wxr-reader.ts";
import { metaValue, type WxrChannel, type WxrItem } from "./wxr-records.ts";

/** An attachment as bodies and lead images need it. */
export interface Attachment {
  readonly url: string;
  readonly alt: string;
}

/**
 * What the first pass over an export keeps (small maps only, never a body): the channel, authors' display names,
 * attachments, and which item owns each old address. Reading it also claims every document's new address and
 * records its old ones in the context's AddressBook, so the second pass can rewrite links between items.
 */
export class Catalogue {
  channel: WxrChannel = { title: "", link: "", description: "", language: "", baseSiteUrl: "", baseBlogUrl: "" };
  readonly authors = new Map<string, string>();
  readonly attachments = new Map<string, Attachment>();
  /** Attachment ids by the post they were uploaded to, for a [gallery] without ids. */
  readonly attachedTo = new Map<string, string[]>();
  private readonly aliasOwner = new Map<string, string>();
  private readonly newAddresses = new Set<string>();

  /** The catalogue of `file`, its documents' addresses claimed in `context.book`. */
  static async read(file: string, context: ImportContext): Promise<Catalogue> {
    const catalogue = new Catalogue();
    for await (const record of readWxr(file)) {
      if (record.kind === "channel") catalogue.channel = record.channel;
      else if (record.kind === "author") catalogue.authors.set(record.login, record.name);
      else catalogue.add(record.item, context);
    }
    return catalogue;
  }

  /** The old addresses an item may keep as aliases: first claimant only, never any document's new address. */
  aliasesOf(key: string, addresses: readonly string[]): string[] {
    return addresses.filter((a) => this.aliasOwner.get(addressKey(a)) === key && !this.newAddresses.has(addressKey(a)));
  }

  private add(item: WxrItem, context: ImportContext): void {
    const sort = itemKind(item);
    if (sort.is === "attachment") return this.addAttachment(item);
    if (sort.is !== "doc") return;
    const key = wordpressKey(item);
    const date = sort.kind === "article" ? publishedAt(item, context.zone)?.setZone(context.zone) : undefined;
    const claim = context.book.claim(key, slugOf(item, plainText(item.title)), date);
    this.newAddresses.add(addressKey(claim.path));
    for (const old of oldAddresses(item, sort.kind)) {
      context.book.addOld(key, old);
      if (!this.aliasOwner.has(addressKey(old))) this.aliasOwner.set(addressKey(old), key);
    }
  }

  private addAttachment(item: WxrItem): void {
    const url = item.attachmentUrl || item.link;
    const alt = (metaValue(item, "_wp_attachment_image_alt") ?? "").trim() || plainText(item.title);
    this.attachments.set(item.id, { url, alt });
    if (item.parent !== "" && item.parent !== "0") {
      this.attachedTo.set(item.parent, [...(this.attachedTo.get(item.parent) ?? []), item.id]);
    }
  }
}

/** The key of an item in one import: "wordpress:123". */
export function wordpressKey(item: WxrItem): string {
  return `wordpress:${item.id}`;
}
