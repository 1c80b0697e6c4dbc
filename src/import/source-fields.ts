/** A front-matter value as a list of non-empty strings: a list, or one string (split on whitespace when `words`). */
export function stringList(value: unknown, words = false): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => stringList(v, false));
  if (typeof value === "number") return [String(value)];
  if (typeof value !== "string") return [];
  const trimmed = value.trim();
  if (trimmed === "") return [];
  return words ? trimmed.split(/\s+/) : [trimmed];
}

/** A front-matter string, trimmed; undefined when absent or blank. */
export function stringField(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** Category and tag names, first spelling kept, each once (Jekyll splits a string of tags on spaces). */
export function termsOf(data: Record<string, unknown>, words: boolean): string[] {
  const all = [
    ...stringList(data["categories"], words),
    ...stringList(data["category"]),
    ...stringList(data["tags"], words),
    ...stringList(data["tag"]),
  ];
  const seen = new Set<string>();
  return all.filter((t) => !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}

/** Display names from author/authors: strings, or objects with a name ({ name: "…" }), each once. */
export function authorsOf(data: Record<string, unknown>): string[] {
  const named = (v: unknown): string[] =>
    Array.isArray(v)
      ? v.flatMap(named)
      : v && typeof v === "object"
        ? stringList((v as Record<string, unknown>)["name"])
        : stringList(v);
  return [...new Set([...named(data["author"]), ...named(data["authors"])])];
}

/** True for a front-matter boolean written as one (true/false, or YAML 1.1's yes/no that Jekyll reads). */
export function isFalse(value: unknown): boolean {
  return value === false || (typeof value === "string" && /^(?:false|no|off)$/i.test(value.trim()));
}

/** True for true, "true", "yes", "on". */
export function isTrue(value: unknown): boolean {
  return value === true || (typeof value === "string" && /^(?:true|yes|on)$/i.test(value.trim()));
}
