import { checkSitePath, type UrlCheck } from "./safe-url.ts";

// WordPress's short addresses, /?p=123 for a post and /?page_id=45 for a page, are the only aliases with a query.
// A static host cannot answer a query, so each gets its redirect page at a plain path of its own folder, which no
// page newsdesk makes uses: /p/123/ and /page-id/45/. The home page's script (layouts/assets/query-redirect.js)
// sends a reader who asks for /?p=123 there.

/** The query keys an alias may carry, each with the folder its redirect pages are written in. */
export const QUERY_ALIAS_FOLDERS: Readonly<Record<string, string>> = { p: "/p/", page_id: "/page-id/" };

/** A WordPress short address: the key and number as written, and the plain path its redirect page is at. */
export interface QueryAlias {
  /** "p" or "page_id". */
  readonly key: string;
  /** Digits only, without leading zeros. */
  readonly id: string;
  /** The query without "?": "p=123". */
  readonly query: string;
  /** Where its redirect page is written: "/p/123/". */
  readonly path: string;
}

// Exactly /?p=N or /?page_id=N: N a number as WordPress writes it (no sign, no leading zero, within its 64 bits).
const SHAPE = /^\/\?(p|page_id)=([1-9][0-9]{0,18})$/;

/** The WordPress short address `value` is (/?p=123, /?page_id=45), or undefined for anything else. */
export function queryAlias(value: string): QueryAlias | undefined {
  const match = SHAPE.exec(value);
  if (!match) return undefined;
  const [, key, id] = match as unknown as [string, string, string];
  return { key, id, query: `${key}=${id}`, path: `${QUERY_ALIAS_FOLDERS[key]}${id}/` };
}

/**
 * An alias as the site writes it: a WordPress short address passes as its redirect page's path ("/?p=123" →
 * "/p/123/"), anything else as checkSitePath has it (normal form, or why not: any other query is refused).
 */
export function checkAliasPath(value: string): UrlCheck {
  const query = queryAlias(value);
  if (query) return { ok: true, value: query.path };
  const checked = checkSitePath(value);
  if (checked.ok || !value.includes("?")) return checked;
  return {
    ok: false,
    reason: "has a query: the only ones an alias may have are WordPress's /?p=123 and /?page_id=45",
    fix: "write the path alone, or the post or page number as /?p=123 or /?page_id=45",
  };
}
