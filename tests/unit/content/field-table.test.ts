import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fieldTable } from "../../../src/content/field-table.ts";
import { ROOT } from "../../helpers/cli.ts";

describe("README front-matter table", () => {
  it("is exactly the table made from the schema", () => {
    const readme = readFileSync(`${ROOT}README.md`, "utf8");
    expect(readme).toContain(fieldTable());
    expect(fieldTable().split("\n").length).toBe(2 + 24);
  });
});
