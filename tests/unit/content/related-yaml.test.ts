import { describe, expect, it } from "vitest";
import { readSiteConfig } from "../../../src/content/site-yaml.ts";
import { readRelatedSettings } from "../../../src/content/related-yaml.ts";

const AT = { line: 9, column: 1 };

describe("readRelatedSettings", () => {
  it("reads per-taxonomy weights and keeps the defaults for the others", () => {
    expect(readRelatedSettings({ weights: { agencies: 5, countries: 0 } }, "_data/site.yaml", AT)).toEqual({
      settings: { weights: { agencies: 5, outlets: 3, countries: 0, actors: 4, malware: 4, cves: 3, topics: 2 } },
      diagnostics: [],
    });
  });

  it("warns on unusable values and unknown keys, naming the field, and falls back to the defaults", () => {
    const { settings, diagnostics } = readRelatedSettings(
      { weights: { agencies: "lots", outlet: 2, topics: -1 }, limit: 3 },
      "_data/site.yaml",
      AT,
    );
    expect(settings.weights).toEqual({
      agencies: 3,
      outlets: 3,
      countries: 1,
      actors: 4,
      malware: 4,
      cves: 3,
      topics: 2,
    });
    expect(diagnostics.map((d) => [d.field, d.severity, d.message, d.line])).toEqual([
      ["related.limit", "warning", "unknown field 'related.limit'", 9],
      ["related.weights.agencies", "warning", "'lots' is not a usable weight; using 3", 9],
      ["related.weights.outlet", "warning", "unknown taxonomy 'outlet'", 9],
      ["related.weights.topics", "warning", "'-1' is not a usable weight; using 2", 9],
    ]);
    expect(readRelatedSettings([3], "_data/site.yaml", AT).diagnostics[0]!.message).toBe(
      "related must be a mapping; using the default weights",
    );
  });

  it("is part of site.yaml, optional and without a warning when absent", () => {
    const base = {
      title: "T",
      url: "https://x.example",
      language: "en",
      timezone: "UTC",
      description: "D",
      copyright: "C",
    };
    expect(readSiteConfig(base, "_data/site.yaml", () => AT).diagnostics).toEqual([]);
    const { config } = readSiteConfig({ ...base, related: { weights: { topics: 1 } } }, "_data/site.yaml", () => AT);
    expect(config.related.weights.topics).toBe(1);
  });
});
