import { describe, expect, it } from "vitest";
import { parseYamlBlock } from "../../../src/content/front-matter.ts";
import { createRegistry } from "../../../src/taxonomy/registry.ts";

// entities.yaml as written, parsed as load.ts parses it, so positions are real lines.
function fromYaml(text: string) {
  const parsed = parseYamlBlock(text, "_data/entities.yaml", 0);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  return createRegistry(parsed.data, "_data/entities.yaml", parsed.positionOf, parsed.positionAt);
}
const located = (diagnostics: readonly { line: number; field: string; message: string; suggestion?: string }[]) =>
  diagnostics.map((d) => `${d.line} ${d.field}: ${d.message} — ${d.suggestion}`);

describe("Kosovo", () => {
  const { registry } = fromYaml("agencies: []\n");

  it("is a country by its name, aliases and codes, though ISO 3166-1 lacks it", () => {
    for (const name of ["Kosovo", "Republic of Kosovo", "Kosova", "kosova", "XK", "XKX"]) {
      expect(registry.lookup("countries", name), name).toEqual({
        kind: "countries",
        name: "Kosovo",
        slug: "kosovo",
        aliases: ["Republic of Kosovo", "Kosova"],
        code: "XK",
      });
    }
  });

  it("takes aliases and a description from entities.yaml like an ISO country", () => {
    const { registry, diagnostics } = fromYaml(
      "countries:\n  - name: Kosova\n    aliases: [Kosovë]\n    description: Partly recognised.\n",
    );
    expect(diagnostics).toEqual([]);
    expect(registry.lookup("countries", "Kosovë")).toMatchObject({
      name: "Kosovo",
      code: "XK",
      description: "Partly recognised.",
    });
  });
});

describe("territories in entities.yaml", () => {
  it("adds a territory ISO 3166-1 lacks, with its code, aliases and description", () => {
    const { registry, diagnostics } = fromYaml(
      "countries:\n  - name: Somaliland\n    code: XS\n    aliases: [Republic of Somaliland]\n    description: Self-declared state.\n",
    );
    expect(diagnostics).toEqual([]);
    const somaliland = {
      kind: "countries",
      name: "Somaliland",
      slug: "somaliland",
      aliases: ["Republic of Somaliland"],
      description: "Self-declared state.",
      code: "XS",
      formerSlugs: [],
    };
    expect(registry.lookup("countries", "Republic of Somaliland")).toEqual(somaliland);
    expect(registry.lookup("countries", "XS")).toEqual(somaliland);
    expect(registry.entities("countries").length).toBe(251);
  });

  it("refuses a code another country has, at the code's line, with the fix", () => {
    const { registry, diagnostics } = fromYaml(
      "countries:\n  - name: Somaliland\n    code: SO\n  - name: Dardania\n    code: XK\n",
    );
    const fix = "pick two letters no country has: ISO 3166-1 leaves AA, QM-QZ, XA-XZ and ZZ to users (XK is Kosovo)";
    expect(located(diagnostics)).toEqual([
      `3 countries.code: code SO is already Somalia's — ${fix}`,
      `5 countries.code: code XK is already Kosovo's — ${fix}`,
    ]);
    expect(registry.lookup("countries", "Somaliland")).toBeUndefined();
  });

  it("refuses an alias that is an ISO country's name, a code that is not two capitals, and a code on an agency", () => {
    const { diagnostics } = fromYaml(
      "countries:\n  - name: Greater Serbia\n    code: XG\n    aliases: [Serbia]\n  - name: Nowhere\n    code: xn\nagencies:\n  - name: Europol\n    code: EU\n",
    );
    // Agencies are read first; an entry whose code is refused is then read as an ISO country's, and is none.
    expect(located(diagnostics)).toEqual([
      "9 agencies.code: code is for countries only — remove code: from this entry",
      "4 countries: 'Serbia' already names Serbia (built in) — give each alias to one entry only",
      "6 countries.code: a code is two capital letters A-Z, e.g. XS — write code: as two capital letters no country has, e.g. code: XS",
      "5 countries: 'Nowhere' is not an ISO 3166 country — countries are ISO 3166 names; to add a territory ISO 3166 lacks, give it a code: (two letters no country has, e.g. code: XS)",
    ]);
  });

  it("refuses a different code for an ISO country, and says how to add a territory without one", () => {
    const { diagnostics } = fromYaml("countries:\n  - name: France\n    code: XF\n  - name: Atlantis\n");
    expect(located(diagnostics)).toEqual([
      "3 countries.code: France's code is FR, not XF — remove code: from this country",
      "4 countries: 'Atlantis' is not an ISO 3166 country — countries are ISO 3166 names; to add a territory ISO 3166 lacks, give it a code: (two letters no country has, e.g. code: XS)",
    ]);
  });
});
