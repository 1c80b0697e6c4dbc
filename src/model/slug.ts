import slugifyText from "@sindresorhus/slugify";

/** What a slug may hold: lowercase a-z, 0-9 and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A URL slug for any text: accents and non-Latin scripts are transliterated, apostrophes (straight or curly)
 * dropped inside words. Text with nothing to transliterate (e.g. Japanese) gets a stable hash slug, never "".
 */
export function slugify(text: string): string {
  const normalised = text.normalize("NFC").replace(/(\p{L})['’‘`](\p{L})/gu, "$1$2");
  const slug = slugifyText(normalised, { decamelize: false });
  return slug !== "" ? slug : `t-${hash(text.normalize("NFC"))}`;
}

/** True when `slug` is a valid slug. */
export function isSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug);
}

// FNV-1a, 32 bits, as 8 hex digits: short, stable across machines.
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
