import { describe, expect, it } from "vitest";
import { parseYamlBlock } from "../../../src/content/front-matter.ts";
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
      expect(registry.lookup("agencies", name)).toMatchObject({
        name: "EU Internet Referral Unit",
        slug: "eu-internet-referral-unit",
      });
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
    // ISO 3166-1's 249 and Kosovo.
    expect(registry.entities("countries").length).toBe(250);
  });

  it("adds aliases and descriptions to countries from entities.yaml", () => {
    expect(registry.lookup("countries", "NL-land")).toMatchObject({
      name: "Netherlands",
      description: "Host of Europol.",
      numeric: "528",
    });
    expect(registry.lookup("countries", "Holland")?.description).toBe("Host of Europol.");
  });

  it("suggests the closest name for a typo", () => {
    expect(registry.suggest("countries", "Untied Kingdom")).toBe("United Kingdom");
    expect(registry.suggest("agencies", "Europool")).toBe("Europol");
    expect(registry.suggest("agencies", "Completely different")).toBeUndefined();
  });

  it("reports an alias given to two entries and a country outside ISO 3166", () => {
    const result = createRegistry(
      {
        agencies: [
          { name: "A", aliases: ["X"] },
          { name: "B", aliases: ["X"] },
        ],
        countries: [{ name: "Atlantis" }, { name: "Untied States" }],
      },
      "_data/entities.yaml",
      at,
    );
    expect(result.diagnostics.map((d) => [d.message, d.suggestion])).toEqual([
      ["'X' already names A (line 1)", "give each alias to one entry only"],
      ["'X' is also given to B (line 1)", "give each alias to one entry only"],
      [
        "'Atlantis' is not an ISO 3166 country",
        "countries are ISO 3166 names; to add a territory ISO 3166 lacks, give it a code: (two letters no country has, e.g. code: XS)",
      ],
      ["'Untied States' is not an ISO 3166 country", "did you mean 'United States'?"],
    ]);
  });
});

// entities.yaml as written, parsed as load.ts parses it, so positions are real lines.
function fromYaml(text: string) {
  const parsed = parseYamlBlock(text, "_data/entities.yaml", 0);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  return createRegistry(parsed.data, "_data/entities.yaml", parsed.positionOf, parsed.positionAt);
}
const located = (diagnostics: readonly { line: number; field: string; message: string; suggestion?: string }[]) =>
  diagnostics.map((d) => `${d.line} ${d.field}: ${d.message} — ${d.suggestion}`);

describe("entities never merge silently", () => {
  it("refuses two names with one slug (C++ and C), on both lines, with the fix", () => {
    const { registry, diagnostics } = fromYaml("agencies:\n  - name: C\n  - name: Europol\n  - name: C++\n");
    expect(located(diagnostics)).toEqual([
      "4 agencies: 'C++' and 'C' (line 2) would share one page, /agencies/c/ — add slug: to one of the two (e.g. slug: c-2), so each has a page of its own",
      "2 agencies: 'C' and 'C++' (line 4) would share one page, /agencies/c/ — add slug: to one of the two (e.g. slug: c-2), so each has a page of its own",
    ]);
    expect(registry.lookup("agencies", "C++")).toBeUndefined();
    expect(registry.entities("agencies").map((e) => e.name)).toEqual(["C", "Europol"]);
  });

  it("refuses a name given twice in another case (Europol, then europol)", () => {
    const { diagnostics } = fromYaml("agencies:\n  - name: Europol\n    description: EU police.\n  - name: europol\n");
    expect(located(diagnostics)).toEqual([
      "4 agencies: 'europol' is given twice: also as 'Europol' (line 2) — merge the two entries into one; if they are different, give one its own slug: (e.g. slug: europol-2)",
      "2 agencies: 'Europol' is given twice: also as 'europol' (line 4) — merge the two entries into one; if they are different, give one its own slug: (e.g. slug: europol-2)",
    ]);
  });

  it("refuses an alias of one entry that is the name of another, naming both lines", () => {
    const { diagnostics } = fromYaml(
      "agencies:\n  - name: Europol\n  - name: EC3\n    aliases: [Cybercrime Centre, Europol]\n",
    );
    expect(located(diagnostics)).toEqual([
      "4 agencies: 'Europol' already names Europol (line 2) — give each alias to one entry only",
      "2 agencies: 'Europol' is also given to EC3 (line 4) — give each alias to one entry only",
    ]);
  });

  it("takes slug: to tell two entries apart, and checks it with the slug rules", () => {
    const { registry, diagnostics } = fromYaml(
      "agencies:\n  - name: C\n  - name: C++\n    slug: c-plus-plus\n  - name: D\n    slug: Not A Slug\n",
    );
    expect(located(diagnostics)).toEqual([
      "6 agencies.slug: a slug is lowercase a-z, 0-9 and single hyphens — write slug: with lowercase a-z, 0-9 and hyphens, e.g. slug: c-plus-plus",
    ]);
    expect(registry.lookup("agencies", "C++")?.slug).toBe("c-plus-plus");
    expect(registry.lookup("agencies", "C")?.slug).toBe("c");
  });

  it("reports one bad alias on its line and keeps the rest of the file", () => {
    const { registry, diagnostics } = fromYaml(
      "agencies:\n  - name: Europol\n    aliases: [EC3, '', {x: 1}]\n  - name: FBI\noutlets:\n  - name: Amaq\n",
    );
    expect(located(diagnostics)).toEqual([
      "3 agencies.aliases: an alias is blank — write aliases as a list of names, e.g. aliases: [EU IRU, EUIRU]",
      "3 agencies.aliases: each alias must be text — write aliases as a list of names, e.g. aliases: [EU IRU, EUIRU]",
    ]);
    expect(registry.lookup("agencies", "EC3")?.name).toBe("Europol");
    expect(registry.lookup("agencies", "FBI")?.name).toBe("FBI");
    expect(registry.lookup("outlets", "Amaq")?.name).toBe("Amaq");
  });

  it("reads keys named like Object.prototype members as plain names", () => {
    const { registry, diagnostics } = fromYaml(
      "toString: x\n__proto__: y\nagencies:\n  - name: constructor\n    aliases: [hasOwnProperty, valueOf, __proto__]\n",
    );
    expect(located(diagnostics)).toEqual([
      "1 toString: unknown section 'toString' — use one of agencies, outlets, countries, actors, malware, topics",
      "2 __proto__: unknown section '__proto__' — use one of agencies, outlets, countries, actors, malware, topics",
    ]);
    expect(registry.lookup("agencies", "valueOf")?.name).toBe("constructor");
    expect(registry.lookup("agencies", "toString")).toBeUndefined();
  });
});

describe("threat actors, malware and CVEs in the registry", () => {
  const made = createRegistry(
    {
      actors: [
        { name: "APT28", aliases: ["Fancy Bear", "Sednit", "STRONTIUM", "Forest Blizzard"], attack: "G0007" },
        { name: "Misfiled", attack: "S0001" },
      ],
      malware: [
        { name: "QakBot", aliases: ["QBot"], attack: "S0650" },
        { name: "Technique", attack: "T1059" },
        { name: "Fancy Bear" },
      ],
      agencies: [{ name: "Europol", attack: "G0001" }],
      cves: [{ name: "CVE-2024-3400" }],
    },
    "_data/entities.yaml",
    at,
  );

  it("resolves every vendor's name for an actor to the one entry, with its ATT&CK ID", () => {
    for (const name of ["Fancy Bear", "sednit", "STRONTIUM", "Forest Blizzard", "APT28"])
      expect(made.registry.lookup("actors", name), name).toMatchObject({
        name: "APT28",
        slug: "apt28",
        attack: "G0007",
      });
    // Names are per taxonomy: malware may have an entry of the same name as an actor's alias.
    expect(made.registry.lookup("malware", "Fancy Bear")?.kind).toBe("malware");
    expect(made.registry.lookup("malware", "qbot")).toMatchObject({ name: "QakBot", attack: "S0650" });
  });

  it("refuses an ATT&CK ID of the wrong kind or shape, and on a taxonomy that has none, and keeps the entry", () => {
    expect(made.diagnostics.map((d) => `${d.field}: ${d.severity}: ${d.message}`)).toEqual([
      "cves: warning: CVEs are not registered",
      "agencies.attack: error: attack is for actors and malware only",
      "actors.attack: error: S0001 is not a group ID, G and four digits (e.g. G0007)",
      "malware.attack: error: an ATT&CK ID is G and four digits for a group (G0007), S and four digits for software (S0154)",
    ]);
    expect(made.registry.lookup("actors", "Misfiled")?.attack).toBeUndefined();
    expect(made.registry.lookup("agencies", "Europol")?.attack).toBeUndefined();
  });

  it("knows every well-formed CVE ID without an entry, as one object per ID, and no other", () => {
    const cve = made.registry.lookup("cves", "cve-2024-3400");
    expect(cve).toMatchObject({
      kind: "cves",
      name: "CVE-2024-3400",
      slug: "cve-2024-3400",
      website: "https://www.cve.org/CVERecord?id=CVE-2024-3400",
    });
    expect(made.registry.lookup("cves", "CVE-2024-3400")).toBe(cve);
    for (const bad of ["CVE-24-3400", "CVE-2024-340", "CVE-1998-0001", "CVE-2024-012345", "3400"])
      expect(made.registry.lookup("cves", bad), bad).toBeUndefined();
    expect(made.registry.entities("cves")).toEqual([]);
  });
});
