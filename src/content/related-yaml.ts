import type { Diagnostic, Position } from "../model/diagnostic.ts";
import { shownValue } from "./shown-value.ts";
import {
  DEFAULT_TAXONOMY_WEIGHTS,
  MAX_TAXONOMY_WEIGHT,
  RELATED_SETTINGS_DEFAULTS,
  type RelatedSettings,
} from "../model/related-settings.ts";
import { TAXONOMIES, type TaxonomyKind } from "../model/entity.ts";

/**
 * Reads `related: { weights: { agencies, outlets, countries, topics } }`: each weight a number from 0 (ignore
 * that taxonomy) to 10. A missing one keeps its default; anything unusable is a warning and keeps the default.
 */
export function readRelatedSettings(
  value: unknown,
  file: string,
  position: Position,
): { settings: RelatedSettings; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const warn = (field: string, message: string, suggestion: string) =>
    diagnostics.push({ file, ...position, field, severity: "warning", message, suggestion });
  const example = "write related: { weights: { agencies: 3, outlets: 3, countries: 1, topics: 2 } }";
  if (value === undefined || value === null) return { settings: RELATED_SETTINGS_DEFAULTS, diagnostics };
  if (!isMapping(value)) {
    warn("related", "related must be a mapping; using the default weights", example);
    return { settings: RELATED_SETTINGS_DEFAULTS, diagnostics };
  }
  for (const key of Object.keys(value))
    if (key !== "weights") warn(`related.${key}`, `unknown field 'related.${key}'`, "related has one field, weights");
  const given = value.weights;
  if (given === undefined || given === null) return { settings: RELATED_SETTINGS_DEFAULTS, diagnostics };
  if (!isMapping(given)) {
    warn("related.weights", "related.weights must be a mapping; using the default weights", example);
    return { settings: RELATED_SETTINGS_DEFAULTS, diagnostics };
  }
  const weights: Record<TaxonomyKind, number> = { ...DEFAULT_TAXONOMY_WEIGHTS };
  for (const [key, weight] of Object.entries(given)) {
    const field = `related.weights.${key}`;
    if (!(TAXONOMIES as readonly string[]).includes(key)) {
      warn(field, `unknown taxonomy '${key}'`, `weights are given for ${TAXONOMIES.join(", ")}`);
    } else if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0 || weight > MAX_TAXONOMY_WEIGHT) {
      const fallback = DEFAULT_TAXONOMY_WEIGHTS[key as TaxonomyKind];
      warn(
        field,
        `'${shownValue(weight)}' is not a usable weight; using ${fallback}`,
        `write a number from 0 (ignore ${key}) to ${MAX_TAXONOMY_WEIGHT}`,
      );
    } else {
      weights[key as TaxonomyKind] = weight;
    }
  }
  return { settings: { weights }, diagnostics };
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
