import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runCli, tempDir } from "../helpers/cli.ts";

// A newsroom's site folder may hold a tsconfig.json of its own; newsdesk runs its TypeScript with its own.
describe("a tsconfig.json in the folder newsdesk runs from", () => {
  it("does not reach newsdesk's own imports", async () => {
    const site = await tempDir();
    writeFileSync(
      join(site, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { paths: { luxon: ["./not-luxon.ts"] } } }),
    );
    writeFileSync(
      join(site, "not-luxon.ts"),
      'throw new Error("the site\'s tsconfig paths were applied to newsdesk");\n',
    );
    const result = await runCli(["check", "--content", fixture("basic")], site);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("0 errors, 0 warnings");
  });
});
