/** The 1-based line a front-matter key is written on (YAML `key:`, TOML `key =`, JSON `"key":`), else 1. */
export function fieldLine(text: string, key: string): number {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const found = new RegExp(`^[ \\t]*(?:"${escaped}"[ \\t]*:|${escaped}[ \\t]*[:=])`, "m").exec(text);
  return found ? text.slice(0, found.index).split("\n").length : 1;
}
