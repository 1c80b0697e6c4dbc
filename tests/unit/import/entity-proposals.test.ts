import { describe, expect, it } from "vitest";
import { createEntityFinder, sortTerms } from "../../../src/import/entity-proposals.ts";
import { createRegistry } from "../../../src/taxonomy/registry.ts";

const { registry } = createRegistry(
  {
    agencies: [
      { name: "Europol", aliases: ["European Union Agency for Law Enforcement Cooperation"] },
      { name: "Federal Bureau of Investigation", aliases: ["FBI"] },
    ],
    outlets: [{ name: "Amaq", aliases: ["Amaq News Agency"] }],
  },
  "_data/entities.yaml",
  () => ({ line: 1, column: 1 }),
);

describe("sortTerms", () => {
  it("moves categories the registry knows into their field under the canonical name, keeps the rest as topics", () => {
    expect(sortTerms(["UK", "FBI", "ransomware", "Amaq News Agency", "Ransomware", "France"], registry)).toEqual({
      agencies: ["Federal Bureau of Investigation"],
      outlets: ["Amaq"],
      countries: ["United Kingdom", "France"],
      topics: ["ransomware"],
    });
  });
});

describe("createEntityFinder", () => {
  const finder = createEntityFinder(registry);

  it("finds agencies, outlets and countries named in prose, by name or alias, in order", () => {
    const text = "The FBI and Europol took down servers in the Netherlands. The UK's NCA helped; Amaq went dark.";
    expect(finder.find(text)).toEqual({
      agencies: ["Federal Bureau of Investigation", "Europol"],
      outlets: ["Amaq"],
      countries: ["Netherlands", "United Kingdom"],
    });
  });

  it("does not read code, link targets, HTML tags or URLs, and case counts", () => {
    const text = [
      "Send it to us in france.",
      "`curl https://fbi.example/US`",
      "```",
      "Europol",
      "```",
      "[a link](https://example.org/Germany/) and <img alt='Spain'> https://example.org/Italy",
    ].join("\n");
    expect(finder.find(text)).toEqual({ agencies: [], outlets: [], countries: [] });
  });
});
