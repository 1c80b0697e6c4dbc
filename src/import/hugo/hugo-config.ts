import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import { isTrue, stringField } from "../source-fields.ts";

/** What newsdesk uses of a Hugo site's configuration. */
export interface HugoConfig {
  readonly title?: string;
  /** baseURL without its final slash. */
  readonly baseURL?: string;
  readonly languageCode?: string;
  readonly timeZone?: string;
  /** Section → permalink pattern ("posts" → "/:year/:month/:slug/"), from [permalinks] or [permalinks.page]. */
  readonly permalinks: Readonly<Record<string, string>>;
  /** Hugo lowercases paths unless disablePathToLower is set. */
  readonly lowerPaths: boolean;
  readonly uglyURLs: boolean;
}

const FILES = [
  "hugo.toml",
  "hugo.yaml",
  "hugo.yml",
  "hugo.json",
  "config.toml",
  "config.yaml",
  "config.yml",
  "config.json",
];

/** Reads the first of hugo.toml|yaml|json, config.toml|yaml|json in DIR; none (or unreadable) is Hugo's defaults. */
export function readHugoConfig(dir: string): HugoConfig {
  const data = FILES.map((name) => readConfig(join(dir, name))).find((d) => d !== undefined) ?? {};
  // Hugo's configuration keys are case-insensitive: baseURL, baseurl and BaseURL are one key.
  const get = (key: string) => Object.entries(data).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
  const optional = {
    title: stringField(get("title")),
    baseURL: stringField(get("baseURL"))?.replace(/\/+$/, ""),
    languageCode: stringField(get("languageCode")),
    timeZone: stringField(get("timeZone")),
  };
  return {
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    permalinks: permalinksOf(get("permalinks")),
    lowerPaths: !isTrue(get("disablePathToLower")),
    uglyURLs: isTrue(get("uglyURLs")),
  };
}

// [permalinks] holds patterns by section, or (Hugo 0.120 on) tables by page kind: the "page" one is the articles'.
function permalinksOf(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object") return {};
  const table = value as Record<string, unknown>;
  const page = table["page"];
  const source = page && typeof page === "object" ? (page as Record<string, unknown>) : table;
  const patterns = Object.entries(source).filter((e): e is [string, string] => typeof e[1] === "string");
  return Object.fromEntries(patterns.map(([section, pattern]) => [section.replace(/^\/+|\/+$/g, ""), pattern]));
}

function readConfig(path: string): Record<string, unknown> | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
  try {
    const data: unknown = path.endsWith(".toml")
      ? parseToml(text)
      : path.endsWith(".json")
        ? JSON.parse(text)
        : parseYaml(text);
    return data && typeof data === "object" ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
