import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../../src/content/load.ts";

describe("two articles with the same URL", () => {
  it("point at the line that made each URL: the date when the slug comes from the file name", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsdesk-dup-"));
    mkdirSync(join(dir, "articles/a"), { recursive: true });
    mkdirSync(join(dir, "articles/b"), { recursive: true });
    writeFileSync(
      join(dir, "articles/a/takedown.md"),
      "---\ntitle: One\nsummary: One.\ndate: 2024-05-02\n---\nBody.\n",
    );
    writeFileSync(
      join(dir, "articles/b/takedown.md"),
      "---\ntitle: Two\nsummary: Two.\n\ndate: 2024-05-20\n---\nBody.\n",
    );
    const { diagnostics } = await loadContent({
      contentDir: dir,
      now: DateTime.fromISO("2026-01-01T00:00:00Z"),
      render: false,
    });
    const clashes = diagnostics.filter((d) => d.message.includes("is also the URL of"));
    expect(clashes.map((d) => [d.file, d.line, d.field]).sort()).toEqual([
      ["articles/a/takedown.md", 4, "date"],
      ["articles/b/takedown.md", 5, "date"],
    ]);
    expect(clashes[0]?.suggestion).toMatch(/add slug: to one of the two files/);
  });
});
