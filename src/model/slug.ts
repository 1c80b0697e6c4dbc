import slugifyText from "@sindresorhus/slugify";
import { fnv1a } from "./hash.ts";

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

// FNV-1a as 8 hex digits: short, stable across machines.
function hash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, "0");
}
