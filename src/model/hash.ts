import { createHash, type Hash } from "node:crypto";

// newsdesk's hashes, each named for its use. None is for security: they tell versions apart and spread keys.

/** FNV-1a, 32 bits, over the text's code points: short, fast and the same on every machine. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A version stamp of `text`: SHA-1 in base64 (27 characters), for keys that say "same input, same output". */
export function versionHash(text: string | Uint8Array): string {
  return createHash("sha1").update(text).digest("base64");
}

/** The same stamp fed in parts (a whole tree of files, an archive's articles), for input too large for one string. */
export function versionHasher(): Hash {
  return createHash("sha1");
}

/** A fingerprint for a file name: the first `length` hex digits of the content's SHA-256. */
export function fingerprintHash(content: string | Uint8Array, length: number): string {
  return createHash("sha256").update(content).digest("hex").slice(0, length);
}
