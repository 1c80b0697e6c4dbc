/**
 * A YAML value as a message quotes it. Parsed maps have no prototype (so no key can reach one), which makes
 * String() throw on them: a list or a mapping is named by its shape instead.
 */
export function shownValue(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && value !== null) return "a mapping";
  return String(value);
}
