// CVE IDs as the CVE Program writes them: CVE-YYYY-NNNN, four or more digits after the year (CVE-2021-44228).

/** A well-formed CVE ID anywhere in a text, as its own word (not inside a longer word or number). */
export const CVE_IN_TEXT = /(?<![\w-])CVE-(\d{4})-(\d{4,})(?![\w-])/gi;

/** What a CVE ID written in the `cves:` field must be. */
export const CVE_ID = /^CVE-(\d{4})-(\d{4,})$/;

/** The ID in its canonical form (upper-case prefix), or undefined when `text` is not a well-formed CVE ID. */
export function canonicalCve(text: string): string | undefined {
  const match = CVE_ID.exec(text.trim().toUpperCase());
  if (!match) return undefined;
  const year = Number(match[1]);
  // The program began in 1999; a four-digit sequence number may not be padded past its width with leading zeros.
  if (year < 1999 || (match[2]!.length > 4 && match[2]!.startsWith("0"))) return undefined;
  return `CVE-${match[1]}-${match[2]}`;
}

/** Every well-formed CVE ID in `text`, canonical, once each, in order of first appearance. */
export function cvesInText(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(CVE_IN_TEXT)) {
    const id = canonicalCve(match[0]);
    if (id) found.add(id);
  }
  return [...found];
}

/** The year a CVE ID was assigned in (its first number). */
export function cveYear(id: string): number {
  return Number(id.slice(4, 8));
}

/** The slug of a CVE's page: cve-2024-3400. */
export function cveSlug(id: string): string {
  return id.toLowerCase();
}

/** The CVE Program's record of the ID. */
export function cveOrgUrl(id: string): string {
  return `https://www.cve.org/CVERecord?id=${id}`;
}

/** NVD's page for the ID. */
export function nvdUrl(id: string): string {
  return `https://nvd.nist.gov/vuln/detail/${id}`;
}
