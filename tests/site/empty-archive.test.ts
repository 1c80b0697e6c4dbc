import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runCli, tempDir } from "../helpers/cli.ts";
import { page } from "../helpers/site.ts";

// A new site: settings and entities, no article yet.
async function emptyContent(): Promise<string> {
  const content = join(await tempDir(), "content");
  mkdirSync(join(content, "articles"), { recursive: true });
  cpSync(fixture("basic/_data"), join(content, "_data"), { recursive: true });
  return content;
}

async function build(content: string, out: string): Promise<void> {
  const result = await runCli([
    "build",
    "--content",
    content,
    "--out",
    out,
    "--now",
    "2026-01-01T12:00:00Z",
    "--quiet",
    "--incremental",
  ]);
  expect(result.code, result.stderr).toBe(0);
}

describe("an archive with nothing published yet", () => {
  it("has a search page that says so instead of a search that never answers, until the first story", async () => {
    const content = await emptyContent();
    const out = join(await tempDir(), "site");
    await build(content, out);
    const empty = page(out, "/search/");
    expect(empty("main .notice").text()).toBe(
      "Nothing has been published yet, so there is nothing to search. Stories appear here once they are.",
    );
    expect(empty("#search").length).toBe(0);
    expect(empty('script[src*="pagefind"]').length).toBe(0);

    // The first story: an incremental build renders the search page again, with the search UI.
    writeFileSync(
      join(content, "articles/first.md"),
      "---\ntitle: The first story\ndate: 2025-12-01\nsummary: It begins.\n---\n\nThe first story of the archive.\n",
    );
    await build(content, out);
    const first = page(out, "/search/");
    expect(first("#search").attr("data-bundle")).toBe("/pagefind/");
    expect(first('script[src*="pagefind"]').length).toBe(1);
    expect(first("main .notice").length).toBe(0);
  }, 60_000);
});
