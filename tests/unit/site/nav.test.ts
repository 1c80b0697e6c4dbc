import { describe, expect, it } from "vitest";
import { TAXONOMIES, type Entity, type TaxonomyKind } from "../../../src/model/entity.ts";
import type { Term } from "../../../src/taxonomy/terms.ts";
import { navSections } from "../../../src/site/nav.ts";

// One term for each kind named, none for the others.
function termsOf(...kinds: TaxonomyKind[]): Record<TaxonomyKind, readonly Term[]> {
  const one = (kind: TaxonomyKind): Term[] =>
    kinds.includes(kind) ? [{ entity: { kind, name: "X", slug: "x" } as Entity, articles: [] }] : [];
  return Object.fromEntries(TAXONOMIES.map((kind) => [kind, one(kind)])) as unknown as Record<
    TaxonomyKind,
    readonly Term[]
  >;
}

describe("navSections", () => {
  it("lists the latest stories, every taxonomy with a term, and the archive from its newest year", () => {
    expect(navSections(termsOf("agencies", "outlets", "countries", "topics"), "/2021/")).toEqual([
      { path: "/", label: "Latest", kind: "latest" },
      { path: "/agencies/", label: "Agencies", kind: "agencies" },
      { path: "/outlets/", label: "Outlets", kind: "outlets" },
      { path: "/countries/", label: "Countries", kind: "countries" },
      { path: "/topics/", label: "Topics", kind: "topics" },
      { path: "/2021/", label: "Archive", kind: "archive" },
    ]);
  });

  it("puts threat actors, malware and CVEs after countries, before topics", () => {
    expect(
      navSections(termsOf("countries", "actors", "malware", "cves", "topics"), undefined).map((s) => s.path),
    ).toEqual(["/", "/countries/", "/actors/", "/malware/", "/cves/", "/topics/"]);
  });

  it("leaves out taxonomies without terms", () => {
    expect(navSections(termsOf("agencies", "topics"), "/2025/").map((s) => s.label)).toEqual([
      "Latest",
      "Agencies",
      "Topics",
      "Archive",
    ]);
  });

  it("is only the latest stories for an archive with nothing published", () => {
    expect(navSections(termsOf(), undefined)).toEqual([{ path: "/", label: "Latest", kind: "latest" }]);
  });
});
