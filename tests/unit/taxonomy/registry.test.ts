import { describe, expect, it } from "vitest";
import { createRegistry } from "../../../src/taxonomy/registry.ts";

const at = () => ({ line: 1, column: 1 });
const { registry, diagnostics } = createRegistry(
  {
    agencies: [
      { name: "EU Internet Referral Unit", aliases: ["EU IRU", "EUIRU"], description: "Europol unit." },
      { name: "Europol" },
    ],
    outlets: [{ name: "Amaq", aliases: ["Amaq News Agency"] }],
    countries: [{ name: "Netherlands", aliases: ["NL-land"], description: "Host of Europol." }],
  },
  "_data/entities.yaml",
  at,
);

describe("entity registry", () => {
  it("resolves names and aliases to one canonical entity with the canonical slug", () => {
    expect(diagnostics).toEqual([]);
    for (const name of ["EU IRU", "eu iru", "EUIRU", "EU Internet Referral Unit"]) {
      expect(registry.lookup("agencies", name)).toMatchObject({ name: "EU Internet Referral Unit", slug: "eu-internet-referral-unit" });
    }
    expect(registry.lookup("outlets", "Amaq News Agency")?.slug).toBe("amaq");
    expect(registry.lookup("outlets", "Europol")).toBeUndefined();
  });

  it("knows every ISO country with its common aliases and codes", () => {
    for (const name of ["UK", "U.K.", "Britain", "united kingdom", "GB", "GBR"]) {
      expect(registry.lookup("countries", name)?.name, name).toBe("United Kingdom");
    }
    for (const name of ["US", "U.S.", "USA", "America", "United States of America"]) {
      expect(registry.lookup("countries", name)?.name, name).toBe("United States");
    }
    expect(registry.lookup("countries", "Côte d’Ivoire")?.code).toBe("CI");
    expect(registry.entities("countries").length).toBe(249);
  });

  it("adds aliases and descriptions to countries from entities.yaml", () => {
    expect(registry.lookup("countries", "NL-land")).toMatchObject({ name: "Netherlands", description: "Host of Europol.", numeric: "528" });
    expect(registry.lookup("countries", "Holland")?.description).toBe("Host of Europol.");
  });

  it("suggests the closest name for a typo", () => {
    expect(registry.suggest("countries", "Untied Kingdom")).toBe("United Kingdom");
    expect(registry.suggest("agencies", "Europool")).toBe("Europol");
    expect(registry.suggest("agencies", "Completely different")).toBeUndefined();
  });

  it("reports an alias given to two entries and a country outside ISO 3166", () => {
    const result = createRegistry(
      { agencies: [{ name: "A", aliases: ["X"] }, { name: "B", aliases: ["X"] }], countries: [{ name: "Atlantis" }, { name: "Untied States" }] },
      "_data/entities.yaml",
      at,
    );
    expect(result.diagnostics.map((d) => [d.message, d.suggestion])).toEqual([
      ["'X' already names A", "give each alias to one entry only"],
      ["'Atlantis' is not an ISO 3166 country", "countries are ISO 3166 names"],
      ["'Untied States' is not an ISO 3166 country", "did you mean 'United States'?"],
    ]);
  });
});
