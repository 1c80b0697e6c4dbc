import { describe, expect, it } from "vitest";
import { checkAdvisory } from "../../../src/content/advisory-fields.ts";

function check(values: Parameters<typeof checkAdvisory>[0], preview = false) {
  const problems: string[] = [];
  const fields = checkAdvisory(values, preview, (field, severity, message) =>
    problems.push(`${field} ${severity}: ${message}`),
  );
  return { fields, problems };
}

describe("advisory fields", () => {
  it("scores a vector and keeps the products and a publishable label", () => {
    expect(
      check({ cvss: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", products: ["Edge 11.1"], tlp: "GREEN" }),
    ).toEqual({
      fields: {
        cvss: {
          vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
          version: "3.1",
          score: 9.8,
          severity: "Critical",
        },
        products: ["Edge 11.1"],
        tlp: "GREEN",
      },
      problems: [],
    });
  });

  it("refuses AMBER, AMBER+STRICT and RED by name, unless serve previews them", () => {
    for (const tlp of ["AMBER", "AMBER+STRICT", "RED"] as const) {
      expect(check({ tlp }).problems).toEqual([
        `tlp error: TLP:${tlp} is never published: it is for its named recipients only`,
      ]);
      expect(check({ tlp }, true)).toEqual({ fields: { tlp }, problems: [] });
    }
    expect(check({ tlp: "CLEAR" }).problems).toEqual([]);
  });

  it("reports a vector that does not read, and leaves the score out", () => {
    const { fields, problems } = check({ cvss: "CVSS:3.0/AV:N" });
    expect(fields).toEqual({});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^cvss error: /);
  });
});
