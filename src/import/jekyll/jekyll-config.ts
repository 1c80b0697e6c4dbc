import { readFileSync } from "node:fs";
import { join } from "node:path";
import { stringField } from "../source-fields.ts";
import { readTolerantYaml } from "../yaml-repair.ts";

/** What newsdesk uses of a Jekyll site's _config.yml. */
export interface JekyllConfig {
  readonly title?: string;
  readonly url?: string;
  /** "" or "/blog": no trailing slash. */
  readonly baseurl: string;
  readonly description?: string;
  readonly lang?: string;
  readonly timezone?: string;
  /** A style name (date, pretty…) or a template; undefined means Jekyll's default, date. */
  readonly permalink?: string;
}

/** Reads DIR/_config.yml; a missing or unreadable file is Jekyll's defaults. */
export function readJekyllConfig(dir: string): JekyllConfig {
  const text = readConfigText(join(dir, "_config.yml"));
  if (text === undefined) return { baseurl: "" };
  const read = readTolerantYaml(text);
  const data = read.ok ? read.data : {};
  const baseurl = (stringField(data["baseurl"]) ?? "").replace(/\/+$/, "");
  const url = stringField(data["url"])?.replace(/\/+$/, "");
  const optional = {
    title: stringField(data["title"]),
    url,
    description: stringField(data["description"]),
    lang: stringField(data["lang"]) ?? stringField(data["locale"]),
    timezone: stringField(data["timezone"]),
    permalink: stringField(data["permalink"]),
  };
  const defined = Object.entries(optional).filter(([, v]) => v !== undefined);
  return {
    baseurl: baseurl === "" || baseurl.startsWith("/") ? baseurl : `/${baseurl}`,
    ...Object.fromEntries(defined),
  };
}

function readConfigText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}
