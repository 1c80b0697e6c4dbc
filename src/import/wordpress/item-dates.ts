import { DateTime } from "luxon";
import type { WxrItem } from "./wxr-records.ts";

/**
 * When an item was published: post_date_gmt, or for a draft WordPress never dated in UTC ("0000-00-00 00:00:00")
 * post_date read in the site's zone; when neither is a date (a damaged export), its last change stands in.
 * Undefined when no date of the item is one.
 */
export function publishedAt(item: WxrItem, zone: string): DateTime | undefined {
  return postDate(item, zone) ?? sqlDate(item.postModifiedGmt, "utc") ?? sqlDate(item.postModified, zone);
}

/** The item's own post date (post_date_gmt, else post_date in `zone`), if either is a date. */
export function postDate(item: WxrItem, zone: string): DateTime | undefined {
  return sqlDate(item.postDateGmt, "utc") ?? sqlDate(item.postDate, zone);
}

/** When an item was last changed, if later than `date`. */
export function updatedAt(item: WxrItem, zone: string, date: DateTime | undefined): DateTime | undefined {
  const modified = sqlDate(item.postModifiedGmt, "utc") ?? sqlDate(item.postModified, zone);
  return modified && date && modified > date ? modified : undefined;
}

function sqlDate(text: string, zone: string): DateTime | undefined {
  if (text === "" || text.startsWith("0000-00-00")) return undefined;
  const parsed = DateTime.fromSQL(text, { zone });
  return parsed.isValid ? parsed : undefined;
}
