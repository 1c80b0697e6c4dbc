import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_FILE, articleJsonSchemaText, jsonSchemaText } from "../../../src/content/json-schema.ts";
import { checkReportSchema } from "../../../src/cli/check-report.ts";
import { ROOT } from "../../helpers/cli.ts";

describe("article JSON Schema", () => {
  it("is committed exactly as the zod schema makes it (regenerate with npm run schema)", () => {
    expect(readFileSync(`${ROOT}${JSON_SCHEMA_FILE}`, "utf8")).toBe(articleJsonSchemaText());
  });

  it("has the check report's schema committed beside it", () => {
    expect(readFileSync(`${ROOT}schema/check-report.schema.json`, "utf8")).toBe(
      jsonSchemaText(checkReportSchema, "newsdesk check --format json"),
    );
  });

  it("describes every field, requires title and date, and types the lists", () => {
    const schema = JSON.parse(articleJsonSchemaText()) as {
      required: string[];
      properties: Record<string, { type?: string; description?: string; items?: { type: string } }>;
    };
    expect(schema.required).toEqual(["title", "date"]);
    expect(schema.properties.countries).toMatchObject({ type: "array", items: { type: "string" } });
    expect(schema.properties.featured?.type).toBe("boolean");
    expect(
      Object.values(schema.properties).every((p) => typeof p.description === "string" && p.description.length > 0),
    ).toBe(true);
  });
});
