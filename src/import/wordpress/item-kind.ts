import type { WxrItem } from "./wxr-records.ts";

/** What an export item is to newsdesk: a document, an attachment (an image for bodies), skipped with why, or nothing. */
export type ItemKind =
  | { readonly is: "doc"; readonly kind: "article" | "page" }
  | { readonly is: "attachment" }
  | { readonly is: "skipped"; readonly kind: "article" | "page"; readonly why: string }
  | { readonly is: "ignored" };

// WordPress's own bookkeeping types: never an editor's writing, so not worth a line in the report.
const INTERNAL = new Set([
  "nav_menu_item",
  "revision",
  "custom_css",
  "customize_changeset",
  "oembed_cache",
  "user_request",
  "wp_block",
  "wp_template",
  "wp_template_part",
  "wp_global_styles",
  "wp_navigation",
  "wp_font_family",
  "wp_font_face",
]);

/** Sorts an item: posts and pages are documents unless trashed or unsaved; custom post types are skipped. */
export function itemKind(item: WxrItem): ItemKind {
  if (item.type === "attachment") return { is: "attachment" };
  if (INTERNAL.has(item.type)) return { is: "ignored" };
  // Auto-drafts are the editor's empty "new post" screens; "inherit" belongs to revisions and attachments.
  if (item.status === "auto-draft" || item.status === "inherit") return { is: "ignored" };
  const kind = item.type === "page" ? "page" : "article";
  if (item.type === "") {
    const why = "it has no wp:post_type, so it is neither post nor page: add <wp:post_type>post</wp:post_type> to it";
    return { is: "skipped", kind, why };
  }
  if (item.type !== "post" && item.type !== "page") {
    return { is: "skipped", kind, why: `custom post type '${item.type}': newsdesk has articles and pages only` };
  }
  if (item.status === "trash") return { is: "skipped", kind, why: `in the trash` };
  return { is: "doc", kind };
}

/** Drafts in newsdesk: anything WordPress did not show to every reader (scheduled posts are dated instead). */
export function isDraft(item: WxrItem): boolean {
  return ["draft", "pending", "private"].includes(item.status) || item.password !== "";
}
