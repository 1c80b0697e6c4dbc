import { cpSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixture, runCli, tempDir, type CliResult } from "../helpers/cli.ts";

let content: string;
let out: string;
let check: CliResult;
let build: CliResult;

beforeAll(async () => {
  const root = await tempDir();
  content = join(root, "content");
  out = join(root, "site");
  cpSync(fixture("basic"), content, { recursive: true });
  const para =
    "Europol and its partners took a botnet down in a joint operation across several countries. ".repeat(4) + "\n\n";
  writeFileSync(
    join(content, "articles/2020/huge.md"),
    `---\ntitle: A ten-megabyte article\ndate: 2020-08-01\nsummary: Big.\nagencies: [Europol]\n---\n${para.repeat(Math.ceil(10_000_000 / para.length))}`,
  );
  writeFileSync(
    join(content, "articles/2020/deep.md"),
    `---\ntitle: Deeply nested Markdown\ndate: 2020-08-02\nsummary: Deep.\n---\n${"> ".repeat(5000)}quote\n\n${"[".repeat(20000)}x${"]".repeat(20000)}\n\n${"- ".repeat(2000)}item\n\n${"*".repeat(50000)}\n`,
  );
  check = await runCli(["check", "--content", content]);
  build = await runCli(["build", "--content", content, "--out", out, "--now", "2026-01-01T00:00:00Z"]);
});

describe("hostile input files", () => {
  it("checks and builds a 10 MB article and deeply nested Markdown", () => {
    expect(check.code).toBe(0);
    expect(build.code).toBe(0);
    expect(readFileSync(join(out, "2020/08/huge/index.html"), "utf8").length).toBeGreaterThan(10_000_000);
    expect(existsSync(join(out, "2020/08/deep/index.html"))).toBe(true);
  });

  // Symbolic links: tests/site/hostile-paths.test.ts (they are errors, so they cannot share this folder).
  it("counts pasted paragraphs instead of listing thousands of them", () => {
    const lines = check.stdout.split("\n").filter((l) => l.startsWith("articles/2020/huge.md"));
    expect(lines.length).toBe(4);
    expect(
      lines.filter((l) =>
        /^articles\/2020\/huge\.md:7:1 body: warning: \d+ more paragraphs repeat earlier ones/.test(l),
      ).length,
    ).toBe(1);
  });
});
