import type { WxrItem } from "../../src/import/wordpress/wxr-records.ts";

/** A published WordPress post as the WXR reader hands it on, every other field empty: tests spread what they need. */
export function wxrPost(fields: Pick<WxrItem, "title" | "link" | "id" | "postName"> & Partial<WxrItem>): WxrItem {
  return {
    postDate: "2024-03-05 09:00:00",
    postDateGmt: "2024-03-05 09:00:00",
    postModified: "",
    postModifiedGmt: "",
    status: "publish",
    parent: "0",
    type: "post",
    password: "",
    sticky: "0",
    attachmentUrl: "",
    content: "",
    excerpt: "",
    creator: "",
    terms: [],
    meta: [],
    line: 1,
    ...fields,
  };
}
