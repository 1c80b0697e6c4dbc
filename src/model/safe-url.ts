// The one validator every URL and site path from content, site.yaml or the command line passes. Refusing is the
// rule: a value is never repaired in silence, because a browser, a host's _redirects and Node can read a repaired
// value three different ways. Each refusal says why and what to write instead.

/** A value that passed, normalised, or why it did not and what to write instead. */
export type UrlCheck =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: string; readonly fix: string };

const pass = (value: string): UrlCheck => ({ ok: true, value });
const fail = (reason: string, fix: string): UrlCheck => ({ ok: false, reason, fix });

// Browsers drop tabs and newlines inside a URL and control characters around it, so "java\tscript:" runs.
// eslint-disable-next-line no-control-regex -- the control characters are what this refuses
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const WHITESPACE = /\s/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const LABEL = "[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?";
const HOST_NAME = new RegExp(`^(?:${LABEL}\\.)*${LABEL}\\.?$`);
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const SPACE = "contains a space, tab, newline or control character";
const CREDENTIALS = "carries a user name or password";

/** The scheme a browser would read in a value ("javascript" for " JaVa\tScript:x"), lowercased, if any. */
export function schemeOf(value: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- a browser skips leading control characters and spaces
  const cleaned = value.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  return SCHEME.exec(cleaned)?.[1]?.toLowerCase();
}

/** True for a value a browser reads as a URL with a scheme or a host ("x:", "//host"), not a path. */
export function looksLikeUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- a browser skips leading control characters before //
  return schemeOf(value) !== undefined || /^[\s\u0000-\u001f]*[\\/][\\/]/.test(value);
}

/** An absolute http(s) URL to another site: no credentials, a valid host, no whitespace or control tricks. */
export function checkExternalUrl(input: string): UrlCheck {
  const fix = "write an absolute http(s) URL such as https://www.example.org/";
  if (CONTROL.test(input) || WHITESPACE.test(input)) return fail(SPACE, fix);
  if (input.includes("\\")) return fail("contains a backslash", "write forward slashes");
  if (input.startsWith("//")) return fail("has no scheme (//host is read as whatever the page uses)", fix);
  const scheme = schemeOf(input);
  if (scheme !== "http" && scheme !== "https") {
    return fail(scheme ? `is a ${scheme}: URL, and only http(s) URLs are allowed` : "is not an absolute URL", fix);
  }
  if (!/^https?:\/\/[^/]/i.test(input)) return fail("has no host after the scheme", fix);
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return fail("is not a valid URL", fix);
  }
  if (url.username !== "" || url.password !== "") return fail(CREDENTIALS, "remove the user:password@ part");
  // A host of non-ASCII letters can pass for another site's name ("еxample.com" with a Cyrillic е), and pages
  // would carry it unencoded: the writer sees the ASCII name a browser resolves and writes that.
  const written = /^https?:\/\/([^/?#]*)/i.exec(input)![1]!;
  // eslint-disable-next-line no-control-regex -- the range is all of ASCII; anything outside it is refused
  if (/[^\u0000-\u007f]/.test(written)) {
    return fail(
      `has a host with letters outside ASCII ('${written}')`,
      `write the host as browsers resolve it: ${url.host}`,
    );
  }
  const host = url.hostname;
  if (host === "" || !(HOST_NAME.test(host) || IPV4.test(host) || host.startsWith("["))) {
    return fail(`has no valid host ('${host}')`, fix);
  }
  // Kept as written: what passed here is what the browser parses.
  return pass(input);
}

/** True for an http(s) URL that checkExternalUrl accepts. */
export function isSafeExternalUrl(value: unknown): value is string {
  return typeof value === "string" && checkExternalUrl(value).ok;
}

/**
 * The site's base URL (site.yaml url, --base-url): an http(s) URL without credentials, query or fragment, its
 * path (if any) plain segments, written exactly as a browser writes it (WHATWG URL href: lowercase host, no
 * default port, escapes as checkSitePath normalises them), so what feeds and pages carry is what was checked.
 * Passes without a trailing slash: "https://x.org/" → "https://x.org".
 */
export function checkBaseUrl(input: string): UrlCheck {
  const checked = checkExternalUrl(input);
  if (!checked.ok && checked.reason === CREDENTIALS) return checked;
  if (!checked.ok) return fail(checked.reason, checked.fix.startsWith("write the host") ? checked.fix : BASE_FIX);
  const rest = /^https?:\/\/[^/?#]*(.*)$/i.exec(input)![1]!;
  if (rest.includes("?")) return fail("has a query (?…)", "remove everything from the ?");
  if (rest.includes("#")) return fail("has a fragment (#…)", "remove everything from the #");
  const path = checkSitePath(rest === "" ? "/" : rest);
  if (!path.ok) return fail(`has a path that ${path.reason}`, "write the path plainly, like https://example.org/news");
  // Quotes, <, >, $ and the like are legal in a URL path but have no place in a base URL that is pasted into
  // every feed's links.
  if (!/^[A-Za-z0-9._~%/-]*$/.test(rest)) {
    return fail("has a path with characters other than A-Z a-z 0-9 - . _ ~ / and percent escapes", BASE_PATH_FIX);
  }
  const url = new URL(input);
  const value = url.origin + path.value.replace(/\/+$/, "");
  if (input.replace(/\/$/, "") !== value || url.href.replace(/\/$/, "") !== value) {
    return fail(`is not written as browsers write it (${url.href})`, `write it as ${value}`);
  }
  return pass(value);
}

const BASE_FIX = "write it like https://news.example.org";
const BASE_PATH_FIX = "write the path plainly, like https://example.org/news";

/** The site's path prefix (site.yaml pathPrefix, --path-prefix): plain segments only, normalised to "/x/" or "/". */
export function checkPathPrefix(input: string): UrlCheck {
  const fix = "write the prefix like /news/ (letters, digits, - _ ~ . only)";
  const trimmed = input.trim();
  if (trimmed === "" || /^\/+$/.test(trimmed)) return pass("/");
  const segments = trimmed.replace(/^\/+|\/+$/g, "").split("/");
  for (const segment of segments) {
    if (segment === "") return fail("has an empty segment (//)", fix);
    if (segment === "." || segment === "..") return fail(`has a '${segment}' segment`, fix);
    if (!/^[A-Za-z0-9._~-]+$/.test(segment)) return fail("has characters other than A-Z a-z 0-9 . _ ~ - and /", fix);
  }
  return pass(`/${segments.join("/")}/`);
}

// What a percent escape may not stand for: ASCII that changes how a path is read (dot and slash segments,
// backslash, wildcard, placeholder, query, fragment, a second round of escaping) or a control character.
const FORBIDDEN_ESCAPED = new Set([".", "/", "\\", "*", ":", "?", "#", "%"]);
const UNRESERVED = /^[A-Za-z0-9_~-]$/;
// An escape, or a character a browser escapes when it requests the path (anything but unreserved characters,
// sub-delimiters, ":", "@" and "/"): each written in the normal form.
const TO_NORMALISE = /%[0-9a-f]{2}|[^A-Za-z0-9._~!$&'()+,;=:@/-]/giu;
/** The longest segment, in UTF-8 bytes once decoded: file systems hold 255, and hosts add suffixes of their own. */
export const MAX_SEGMENT_BYTES = 200;
/** The longest site path, in characters of its normal form. */
export const MAX_PATH_LENGTH = 1000;

/**
 * A path on this site (aliases, former slugs, redirect targets): starts with one "/", no "." or ".." segments,
 * no wildcard "*" or ":placeholder" segment (hosts' _redirects read those as patterns), no query, fragment,
 * backslash, whitespace or control character, and percent escapes that decode to UTF-8 and hide none of these;
 * segments of at most MAX_SEGMENT_BYTES, the whole at most MAX_PATH_LENGTH. The value is its one normal form,
 * the path as a browser requests it: escapes of A-Z a-z 0-9 - _ ~ decoded, other escapes in upper case, and
 * any other character a browser escapes (non-ASCII, quotes, < >) written as UTF-8 escapes: "/café/",
 * "/caf%c3%a9/" and "/caf%C3%A9/" are all "/caf%C3%A9/". Compare site paths by this value only.
 */
export function checkSitePath(input: string): UrlCheck {
  const fix = "write an address on this site like /2018/04/27/old-permalink/";
  if (!input.startsWith("/")) return fail("does not start with /", fix);
  if (input.startsWith("//")) return fail("starts with // (a host, not a path)", fix);
  if (CONTROL.test(input) || WHITESPACE.test(input)) return fail(SPACE, fix);
  if (input.includes("\\")) return fail("contains a backslash", "write forward slashes");
  if (/[?#]/.test(input)) return fail("has a query or fragment (? or #)", "write the path alone");
  const whole = "write each old address in full: hosts read it as a pattern that takes other pages too";
  if (input.includes("*")) return fail("has a wildcard *", whole);
  for (const segment of input.slice(1).split("/")) {
    const dots = segment === "." || segment === "..";
    if (dots) return fail(`has a '${segment}' segment`, `write it as ${resolved(input)}`);
    if (segment.startsWith(":")) return fail(`has a placeholder segment '${segment}'`, whole);
  }
  if (/%(?![0-9a-f]{2})/i.test(input)) {
    return fail("has a % that is not a percent escape like %C3%A9", "write % as %25, or the character itself");
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(input);
    encodeURIComponent(input); // a lone surrogate is no character a browser can send
  } catch {
    return fail("has percent escapes that are not UTF-8", "write the characters themselves, or their UTF-8 escapes");
  }
  for (const escape of input.match(/%[0-9a-f]{2}/gi) ?? []) {
    const code = parseInt(escape.slice(1), 16);
    const char = String.fromCharCode(code);
    if (code < 0x20 || code === 0x7f) return fail(`has an encoded control character (${escape})`, fix);
    if (FORBIDDEN_ESCAPED.has(char)) {
      return fail(`has an encoded '${char}' (${escape})`, "write the address without encoded . / \\ * : ? # or %");
    }
  }
  if (CONTROL.test(decoded)) return fail("has an encoded control character", fix);
  const value = normalForm(input);
  const long = decoded.split("/").find((segment) => new TextEncoder().encode(segment).length > MAX_SEGMENT_BYTES);
  if (long !== undefined) {
    const bytes = new TextEncoder().encode(long).length;
    const shown = `${long.slice(0, 24)}…`;
    return fail(
      `has a segment of ${bytes} bytes (${shown}), more than the ${MAX_SEGMENT_BYTES} a file name may have`,
      SHORTER,
    );
  }
  if (value.length > MAX_PATH_LENGTH) {
    return fail(`is ${value.length} characters long, more than the ${MAX_PATH_LENGTH} a site path may have`, SHORTER);
  }
  return pass(value);
}

const SHORTER = "write a shorter address: hosts and file systems refuse longer ones";

// The path as a browser requests it (see checkSitePath): input has passed every check above.
function normalForm(input: string): string {
  return input.replace(TO_NORMALISE, (match) => {
    if (!match.startsWith("%")) return encodeURIComponent(match);
    const char = String.fromCharCode(parseInt(match.slice(1), 16));
    return UNRESERVED.test(char) ? char : match.toUpperCase();
  });
}

/** The key two normal-form site paths collide on: decoded and without case, as case-insensitive hosts serve. */
export function sitePathKey(normal: string): string {
  return decodeURIComponent(normal).toLowerCase();
}

// "/a/./b/../c/" → "/a/c/", as a browser would request it, for the suggestion.
function resolved(path: string): string {
  return new URL(path, "http://site.invalid").pathname;
}

/** True for a site path checkSitePath accepts. */
export function isSafeSitePath(value: unknown): value is string {
  return typeof value === "string" && checkSitePath(value).ok;
}

/**
 * A lead image: an http(s) URL (checkExternalUrl) or a path to a file in the content folder ("images/x.jpg",
 * "/images/x.jpg") that stays inside it. The value is the URL, or the path without its leading slashes.
 */
export function checkImageReference(input: string): UrlCheck {
  if (looksLikeUrl(input)) return checkExternalUrl(input);
  const fix = "write a path inside the content folder such as images/harbour.jpg, or an https:// URL";
  if (CONTROL.test(input)) return fail("contains a tab, newline or control character", fix);
  if (input.includes("\\")) return fail("contains a backslash", "write forward slashes");
  if (input.includes("?") || input.includes("#")) return fail("has a query or fragment (? or #)", fix);
  const path = input.replace(/^\/+/, "");
  if (path.split("/").includes("..")) return fail("has a '..' segment that would leave the content folder", fix);
  return pass(path);
}

/** The schemes a link or image in a page may use; any other (javascript:, data:, ftp:, file:) is refused. */
export const PAGE_LINK_SCHEMES: ReadonlySet<string> = new Set(["http", "https", "mailto", "tel"]);

/** True for a body link or image target a page may carry: relative, or of a PAGE_LINK_SCHEMES scheme. */
export function isSafePageLink(url: string): boolean {
  if (CONTROL.test(url.trim())) return false;
  const scheme = schemeOf(url);
  return scheme === undefined || PAGE_LINK_SCHEMES.has(scheme);
}
