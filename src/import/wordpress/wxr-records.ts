// The shapes the WXR reader hands out: what an export says, as text, before any of it is interpreted.

/** The export's channel header: the site it came from. */
export interface WxrChannel {
  readonly title: string;
  readonly link: string;
  readonly description: string;
  readonly language: string;
  readonly baseSiteUrl: string;
  readonly baseBlogUrl: string;
}

/** A category or tag of an item: "category" or "post_tag" (or another taxonomy) as domain. */
export interface WxrTerm {
  readonly domain: string;
  readonly nicename: string;
  readonly name: string;
}

/** One wp:postmeta entry. */
export interface WxrMeta {
  readonly key: string;
  readonly value: string;
}

/** One <item> of the export, its fields as written (dates as "YYYY-MM-DD HH:MM:SS"). */
export interface WxrItem {
  readonly title: string;
  readonly link: string;
  readonly id: string;
  readonly postDate: string;
  readonly postDateGmt: string;
  readonly postModified: string;
  readonly postModifiedGmt: string;
  readonly postName: string;
  readonly status: string;
  readonly parent: string;
  readonly type: string;
  readonly password: string;
  /** "1" for a sticky post (kept at the top of WordPress's home page). */
  readonly sticky: string;
  readonly attachmentUrl: string;
  readonly content: string;
  readonly excerpt: string;
  readonly creator: string;
  readonly terms: readonly WxrTerm[];
  readonly meta: readonly WxrMeta[];
  /** The line of the export where the item starts, for the report. */
  readonly line: number;
}

/** What the reader yields, in file order: the header once (before the first author or item), authors, items. */
export type WxrRecord =
  | { readonly kind: "channel"; readonly channel: WxrChannel }
  | { readonly kind: "author"; readonly login: string; readonly name: string }
  | { readonly kind: "item"; readonly item: WxrItem };

/** The first value of a postmeta key, if any. */
export function metaValue(item: WxrItem, key: string): string | undefined {
  return item.meta.find((m) => m.key === key)?.value;
}
