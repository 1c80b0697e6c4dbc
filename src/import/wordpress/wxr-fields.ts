import type { WxrChannel, WxrItem, WxrMeta, WxrTerm } from "./wxr-records.ts";

// An item's leaf fields by element name; every other child of <item> (wp:comment above all) is passed over.
/** An item's leaf fields by element name. */
export const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: "title",
  link: "link",
  "wp:post_id": "id",
  "wp:post_date": "postDate",
  "wp:post_date_gmt": "postDateGmt",
  "wp:post_modified": "postModified",
  "wp:post_modified_gmt": "postModifiedGmt",
  "wp:post_name": "postName",
  "wp:status": "status",
  "wp:post_parent": "parent",
  "wp:post_type": "type",
  "wp:post_password": "password",
  "wp:is_sticky": "sticky",
  "wp:attachment_url": "attachmentUrl",
  "content:encoded": "content",
  "excerpt:encoded": "excerpt",
  "dc:creator": "creator",
};
/** The channel's fields by element name. */
export const CHANNEL_FIELDS: Record<string, keyof WxrChannel> = {
  title: "title",
  link: "link",
  description: "description",
  language: "language",
  "wp:base_site_url": "baseSiteUrl",
  "wp:base_blog_url": "baseBlogUrl",
};
/** A channel that names nothing. */
export const EMPTY_CHANNEL: WxrChannel = {
  title: "",
  link: "",
  description: "",
  language: "",
  baseSiteUrl: "",
  baseBlogUrl: "",
};

/** An item from its fields as read (text by WxrItem key, and its line), its categories and its postmeta. */
export function itemOf(
  fields: Readonly<Record<string, string>>,
  terms: readonly WxrTerm[],
  meta: readonly WxrMeta[],
): WxrItem {
  const text = (key: keyof WxrItem) => fields[key] ?? "";
  const trimmed = (key: keyof WxrItem) => text(key).trim();
  return {
    title: text("title"),
    link: trimmed("link"),
    id: trimmed("id"),
    postDate: trimmed("postDate"),
    postDateGmt: trimmed("postDateGmt"),
    postModified: trimmed("postModified"),
    postModifiedGmt: trimmed("postModifiedGmt"),
    postName: trimmed("postName"),
    status: trimmed("status"),
    parent: trimmed("parent"),
    type: trimmed("type"),
    password: text("password"),
    sticky: trimmed("sticky"),
    attachmentUrl: trimmed("attachmentUrl"),
    content: text("content"),
    excerpt: text("excerpt"),
    creator: trimmed("creator"),
    terms,
    meta,
    line: Number(fields.line ?? "1"),
  };
}

/** A category element's domain, nicename and name. */
export function term(attribs: Record<string, string>, name: string): WxrTerm {
  return { domain: attribs.domain ?? "", nicename: attribs.nicename ?? "", name: name.trim() };
}

/** A postmeta element's key and value. */
export function postmeta(fields: Record<string, string>): WxrMeta {
  return { key: (fields["wp:meta_key"] ?? "").trim(), value: fields["wp:meta_value"] ?? "" };
}
