import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { DateTime } from "luxon";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { BENCH_PER_PAGE, archiveFiles, entitiesYaml, writeArchiveFolder } from "../../bench/archive-folder.ts";
import { syntheticArchive } from "../../bench/synthetic.ts";
import { loadContent } from "../../src/content/load.ts";
import { tempDir } from "../helpers/cli.ts";

function filesUnder(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      found[relative(dir, join(entry.parentPath, entry.name))] = readFileSync(
        join(entry.parentPath, entry.name),
        "utf8",
      );
  }
  return found;
}

describe("writeArchiveFolder", () => {
  let dir: string;
  beforeAll(async () => {
    dir = join(await tempDir(), "content");
    await writeArchiveFolder(dir, { articles: 200, seed: 3 });
  });

  it("writes a content folder newsdesk loads with no error and no warning", async () => {
    const content = await loadContent({
      contentDir: dir,
      now: DateTime.fromISO("2030-01-01T00:00:00Z"),
      render: false,
    });
    expect(content.diagnostics).toEqual([]);
    expect(content.articles.length).toBe(200);
    expect(content.site.perPage).toBe(BENCH_PER_PAGE);
    expect(content.site.title).toBe("Synthetic Desk");
  });

  it("registers exactly the agencies and outlets the articles name, sorted", () => {
    const articles = syntheticArchive({ articles: 200, seed: 3 });
    const used = (kind: "agencies" | "outlets") =>
      [...new Set(articles.flatMap((a) => a[kind].map((e) => e.name)))].sort();
    const data = parse(readFileSync(join(dir, "_data/entities.yaml"), "utf8")) as Record<string, { name: string }[]>;
    expect(Object.keys(data)).toEqual(["agencies", "outlets"]);
    expect(data.agencies!.map((e) => e.name)).toEqual(used("agencies"));
    expect(data.outlets!.map((e) => e.name)).toEqual(used("outlets"));
    expect(data.agencies!.length).toBeGreaterThan(20);
  });

  it("writes byte-identical files for the same seed, and other articles for another", async () => {
    const again = join(await tempDir(), "content");
    await writeArchiveFolder(again, { articles: 200, seed: 3 });
    const first = filesUnder(dir);
    expect(Object.keys(first).length).toBe(202);
    expect(filesUnder(again)).toEqual(first);
    const other = archiveFiles({ articles: 200, seed: 4 }).files.find((f) => f.path.endsWith(".md"))!;
    expect(first[other.path]).toBeUndefined();
  });
});

describe("entitiesYaml", () => {
  it("lists each name once, JSON-quoted, and an empty section as an empty list", () => {
    const [a, b] = syntheticArchive({ articles: 2, seed: 1 });
    const bureau = { ...a!.agencies[0]!, name: "Zeta Bureau" };
    const article = { ...a!, agencies: [bureau, a!.agencies[0]!], outlets: [] };
    const twice = { ...b!, agencies: [bureau], outlets: [] };
    expect(entitiesYaml([article, twice])).toBe(
      `agencies:\n  - name: ${JSON.stringify(a!.agencies[0]!.name)}\n  - name: "Zeta Bureau"\noutlets:\n  []\n`,
    );
  });
});
