import { IANAZone } from "luxon";
import type { Diagnostic, Position } from "../model/diagnostic.ts";
import { shownValue } from "./shown-value.ts";
import { checkBaseUrl, checkPathPrefix, type UrlCheck } from "../model/safe-url.ts";
import { readRelatedSettings } from "./related-yaml.ts";
import { SITE_DEFAULTS, isAbsoluteUrl, type SiteConfig } from "../model/site-config.ts";

type Field = keyof SiteConfig;
// The fields pick() reads: text and numbers, whose defaults a warning can quote (related: has its own reader).
type ScalarField = Exclude<Field, "related" | "html" | "embeds">;

/** Reads site.yaml data: each missing or unusable field gets its default and a warning naming the fix. */
export function readSiteConfig(
  data: Readonly<Record<string, unknown>> | undefined,
  file: string,
  positionOf: (field: string) => Position,
): { config: SiteConfig; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const values = data ?? {};
  const warn = (field: string, message: string, suggestion: string) =>
    diagnostics.push({
      file,
      ...(data ? positionOf(field) : { line: 1, column: 1 }),
      field,
      severity: "warning",
      message,
      suggestion,
    });

  const pick = <K extends ScalarField>(
    field: K,
    valid: (v: unknown) => v is SiteConfig[K],
    hint: string,
    optional = false,
  ): SiteConfig[K] => {
    const value = values[field];
    if (value === undefined || value === null) {
      if (!optional) warn(field, `no ${field}; using '${SITE_DEFAULTS[field]}'`, hint);
      return SITE_DEFAULTS[field];
    }
    if (!valid(value)) {
      warn(field, `'${shownValue(value)}' is not a usable ${field}; using '${SITE_DEFAULTS[field]}'`, hint);
      return SITE_DEFAULTS[field];
    }
    return value;
  };
  const text = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
  // url and pathPrefix make every link of the site: a value given but unsafe is an error, not a quiet default.
  const checked = (field: "url" | "pathPrefix", check: (v: string) => UrlCheck): string | undefined => {
    const value = values[field];
    if (value === undefined || value === null) return undefined;
    const example = field === "url" ? "write url: https://news.example.org" : "write pathPrefix: /news/";
    const result: UrlCheck =
      typeof value === "string" ? check(value) : { ok: false, reason: "is not text", fix: example };
    if (result.ok) return result.value;
    const message = `${field} ${result.reason}`;
    diagnostics.push({ file, ...positionOf(field), field, severity: "error", message, suggestion: result.fix });
    return SITE_DEFAULTS[field];
  };

  const known = new Set<string>(Object.keys(SITE_DEFAULTS));
  for (const key of Object.keys(values)) {
    if (!known.has(key)) warn(key, `unknown field '${key}'`, `site.yaml fields are ${[...known].join(", ")}`);
  }
  const related = readRelatedSettings(values.related, file, data ? positionOf("related") : { line: 1, column: 1 });
  const config: SiteConfig = {
    title: pick("title", text, "add title: Your Publication"),
    url: checked("url", checkBaseUrl) ?? pick("url", isAbsoluteUrl, "add url: https://news.example.org"),
    language: pick("language", isLanguageTag, "add language: en-GB (a BCP 47 tag)"),
    timezone: pick("timezone", isTimeZone, "add timezone: Europe/London (an IANA time zone)"),
    description: pick("description", text, "add description: one sentence about the publication"),
    copyright: pick("copyright", text, "add copyright: the copyright holder's name"),
    pathPrefix: checked("pathPrefix", checkPathPrefix) ?? SITE_DEFAULTS.pathPrefix,
    perPage: pick("perPage", isPerPage, "write perPage as a whole number from 1 to 500", true),
    related: related.settings,
    html: pickHtml(values.html, warn),
    embeds: pickEmbeds(values.embeds, warn),
  };
  diagnostics.push(...related.diagnostics);
  return { config, diagnostics };
}

type Warn = (field: string, message: string, suggestion: string) => void;

// html: allowlist (the default: raw HTML through newsdesk's sanitizer) or text (shown as written, never as markup).
function pickHtml(value: unknown, warn: Warn): SiteConfig["html"] {
  if (value === undefined || value === null) return SITE_DEFAULTS.html;
  if (value === "allowlist" || value === "text") return value;
  warn(
    "html",
    `'${shownValue(value)}' is not a usable html; using '${SITE_DEFAULTS.html}'`,
    "write html: allowlist (raw HTML through newsdesk's allowlist) or html: text (shown as text)",
  );
  return SITE_DEFAULTS.html;
}

// embeds: a list of host names (www.youtube-nocookie.com); [] allows none. A bad entry is left out with a warning.
function pickEmbeds(value: unknown, warn: Warn): readonly string[] {
  if (value === undefined || value === null) return SITE_DEFAULTS.embeds;
  const example = "write embeds: as a list of host names, e.g. [www.youtube-nocookie.com, player.vimeo.com]";
  if (!Array.isArray(value)) {
    warn("embeds", `'${shownValue(value)}' is not a list of hosts; using ${SITE_DEFAULTS.embeds.join(", ")}`, example);
    return SITE_DEFAULTS.embeds;
  }
  const hosts: string[] = [];
  for (const item of value as unknown[]) {
    const host = typeof item === "string" ? item.trim().toLowerCase() : "";
    if (HOST.test(host)) hosts.push(host);
    else
      warn(
        "embeds",
        `'${shownValue(item)}' is not a host name; it is left out`,
        "write the host alone, e.g. player.vimeo.com (no https://, path or wildcard)",
      );
  }
  return [...new Set(hosts)];
}

// A DNS name of at least two labels: what a CSP frame-src can name exactly.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function isLanguageTag(v: unknown): v is string {
  if (typeof v !== "string") return false;
  try {
    return Intl.getCanonicalLocales(v).length === 1;
  } catch {
    return false;
  }
}

function isTimeZone(v: unknown): v is string {
  return typeof v === "string" && IANAZone.isValidZone(v);
}

function isPerPage(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 500;
}
