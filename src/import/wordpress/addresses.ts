import { isSlug, slugify } from "../../model/slug.ts";
import { sitePathOf } from "./old-site.ts";
import type { WxrItem } from "./wxr-records.ts";

/** The newsdesk slug of an item: its post_name when that is a valid slug, else made from it (decoded) or the title. */
export function slugOf(item: WxrItem, title: string): string {
  if (isSlug(item.postName)) return item.postName;
  // A name of punctuation only ("..", "/") would slugify to a hash: the title reads better.
  const name = /[\p{L}\p{N}]/u.test(decoded(item.postName)) ? decoded(item.postName).trim() : "";
  return slugify(name !== "" ? name : title.trim() !== "" ? title : `post ${item.id}`);
}

/**
 * Every address the item had on the old site, in exact case, each once: its link's path (query kept), for a post
 * /YYYY/MM/DD/slug/ and /slug/, the ?p= or ?page_id= address, and the same shapes for each former slug
 * (_wp_old_slug). A post never given a slug (a draft) has only its link and id addresses.
 */
export function oldAddresses(item: WxrItem, kind: "article" | "page"): string[] {
  const linkPath = sitePathOf(item.link);
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(item.postDate);
  const shapes = (name: string): string[] => {
    if (name === "") return [];
    const current = item.postName !== "" ? `/${item.postName}/` : undefined;
    const asLink = linkPath && current && linkPath.includes(current) ? [linkPath.replace(current, `/${name}/`)] : [];
    if (kind === "page") return asLink;
    const dated = day ? [`/${day[1]}/${day[2]}/${day[3]}/${name}/`] : [];
    return [...asLink, ...dated, `/${name}/`];
  };
  const idPath = kind === "article" ? `/?p=${item.id}` : `/?page_id=${item.id}`;
  const former = item.meta.filter((m) => m.key === "_wp_old_slug").map((m) => m.value.trim());
  const all = [...(linkPath ? [linkPath] : []), ...shapes(item.postName), idPath, ...former.flatMap(shapes)];
  return [...new Set(all.filter((path) => path.startsWith("/") && path !== "/"))];
}

/** The key two site paths collide on: decoded and without case, as case-insensitive hosts serve them. */
export function addressKey(path: string): string {
  return decoded(path).toLowerCase();
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
