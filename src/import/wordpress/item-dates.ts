import { DateTime } from "luxon";
import type { WxrItem } from "./wxr-records.ts";

/**
 * When an item was published: post_date_gmt, or for a draft WordPress never dated in UTC ("0000-00-00 00:00:00")
 * post_date read in the site's zone. Undefined when neither is a date.
 */
export function publishedAt(item: WxrItem, zone: string): DateTime | undefined {
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
