import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir, type CliResult } from "../helpers/cli.ts";
import { locatedLines } from "../helpers/content-case.ts";

const NOW = "2026-01-01T12:00:00Z";
const SITE =
  "title: T\nurl: https://topics.example\nlanguage: en-GB\ntimezone: Europe/London\n" +
  "description: D\ncopyright: C\n";
// Topics of each article: two that would share /topics/c/, one spelled three ways (one topic), and one
// article naming two topics of one page itself.
const ARTICLES: Record<string, string> = {
  "cpp.md": '["Ransomware", "C++"]',
  "c.md": '["ransomware", "C"]',
  "rights.md": '["Women’s rights", "RANSOMWARE"]',
  "rights-straight.md": '["Women\'s rights"]',
  "both.md": '["Go", "C#", "c-sharp", "c"]',
};
const ONE_PAGE =
  "if they are one topic, write one spelling in both; if not, add one of them under topics: in " +
  "_data/entities.yaml with a slug of its own";
const EXPECTED = [
  "articles/2024/both.md:6:33 topics: topic 'c' and 'C#' would share one page, /topics/c/ — if they are one " +
    "topic, write one spelling; if not, add one of them under topics: in _data/entities.yaml with a slug of its " +
    "own (e.g. name: c, slug: c-2)",
  "articles/2024/c.md:6:24 topics: topic 'C' and 'C++' in articles/2024/cpp.md would share one page, /topics/c/ " +
    `— ${ONE_PAGE} (e.g. name: C, slug: c-2)`,
  "articles/2024/cpp.md:6:24 topics: topic 'C++' and 'C' in articles/2024/c.md would share one page, /topics/c/ " +
    `— ${ONE_PAGE} (e.g. name: C++, slug: c-2)`,
];

let root: string;
let content: string;
let checked: CliResult;
let built: CliResult;
let merged: CliResult;
let mergedOut: string;

beforeAll(async () => {
  root = await tempDir();
  content = join(root, "content");
  await mkdir(join(content, "_data"), { recursive: true });
  await mkdir(join(content, "articles/2024"), { recursive: true });
  await writeFile(join(content, "_data/site.yaml"), SITE);
  await writeFile(join(content, "_data/entities.yaml"), "agencies: []\n");
  for (const [name, topics] of Object.entries(ARTICLES)) {
    const text = `---\ntitle: "${name}"\ndate: 2024-05-01\nsummary: "S."\nauthor: A\ntopics: ${topics}\n---\n\nText.\n`;
    await writeFile(join(content, "articles/2024", name), text);
  }
  // The same folder without the clashing articles builds, one topic a page.
  const clean = join(root, "clean");
  await mkdir(join(clean, "articles/2024"), { recursive: true });
  await mkdir(join(clean, "_data"));
  await writeFile(join(clean, "_data/site.yaml"), SITE);
  await writeFile(join(clean, "_data/entities.yaml"), "agencies: []\n");
  for (const name of ["rights.md", "rights-straight.md"]) {
    await writeFile(
      join(clean, "articles/2024", name),
      `---\ntitle: "${name}"\ndate: 2024-05-01\nsummary: "S."\n` +
        `author: A\ntopics: ${ARTICLES[name]}\n---\n\nText.\n`,
    );
  }
  mergedOut = join(root, "clean-out");
  [checked, built, merged] = await Promise.all([
    runCli(["check", "--content", content], root),
    runCli(["build", "--content", content, "--out", join(root, "out"), "--now", NOW], root),
    runCli(["build", "--content", clean, "--out", mergedOut, "--now", NOW], root),
  ]);
}, 60_000);

describe("two different topics whose pages would be one", () => {
  it("are errors in check at each topics: entry, naming the other spelling and its file, with the fix", () => {
    expect(checked.code, checked.stdout).toBe(1);
    expect(locatedLines(checked)).toEqual(EXPECTED);
  });

  it("stop the build with the same errors, before anything is written", () => {
    expect(built.code, built.stdout + built.stderr).toBe(1);
    expect(locatedLines(built)).toEqual(EXPECTED);
    expect(existsSync(join(root, "out"))).toBe(false);
  });
});

describe("spellings of one topic (case, curly or straight apostrophe)", () => {
  it("build into one page, as before", () => {
    expect(merged.code, merged.stdout + merged.stderr).toBe(0);
    expect(existsSync(join(mergedOut, "topics/womens-rights/index.html"))).toBe(true);
    expect(existsSync(join(mergedOut, "topics/ransomware/index.html"))).toBe(true);
  });
});
