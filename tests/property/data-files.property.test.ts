import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { madeFolders } from "../helpers/cli.ts";
import { runInProcess } from "./in-process.ts";

// Random site.yaml and entities.yaml, from plausible to hostile to plain noise: check answers each with located
// problems (exit 0 or 1), never an exception or a stack trace. Check runs in this process, so many cases are cheap.
const SEED = Number(process.env.NEWSDESK_SEED ?? 11);
const STACK = /\n\s+at .+:\d+:\d+|TypeError|RangeError|ReferenceError|SyntaxError|\[native code\]/;

const hostile = fc.constantFrom(
  "",
  " ",
  "__proto__",
  "toString",
  "constructor",
  "hasOwnProperty",
  "x".repeat(3_000),
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  " JaVa\tScript:x",
  "//evil.example/",
  "https://u:p@x.example/",
  "https://x.example/?q#f",
  "/../",
  "/%2e%2e/",
  "/news/",
  "news",
  "../",
  "\u202e",
  "{{ 7*7 }}",
  "2024-02-30",
  "Europe/Nowhere",
  "en_GB!",
);
const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostile,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("v"), { maxLength: 3 }),
    fc.dictionary(fc.oneof(hostile, fc.string({ maxLength: 6 })), tie("v"), { maxKeys: 3 }),
  ),
})).v;
const SITE_FIELDS = [
  "title",
  "url",
  "language",
  "timezone",
  "description",
  "copyright",
  "pathPrefix",
  "perPage",
  "related",
];
const siteYaml = fc.dictionary(fc.oneof(fc.constantFrom(...SITE_FIELDS), hostile), value, { maxKeys: 8 });
const entity = fc.dictionary(
  fc.oneof(fc.constantFrom("name", "aliases", "description", "url", "slug", "former_slugs"), hostile),
  value,
  { maxKeys: 5 },
);
const entitiesYaml = fc.dictionary(
  fc.oneof(fc.constantFrom("agencies", "outlets", "countries", "topics"), hostile),
  fc.oneof(fc.array(entity, { maxLength: 4 }), value),
  { maxKeys: 3 },
);
// Raw text: YAML's significant characters, anchors, aliases, tags and indentation, in random order.
const yamlNoise = fc
  .array(
    fc.constantFrom(
      "a: ",
      "- ",
      "&x ",
      "*x ",
      "!!js/function ",
      "[",
      "]",
      "{",
      "}",
      "\n",
      "  ",
      "\t",
      "'",
      '"',
      "#",
      "<<: ",
      "? ",
      "|",
      ">",
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));
const ARTICLE = "---\ntitle: A story\ndate: 2020-05-01\nsummary: A summary.\nagencies: [Europol]\n---\nBody text.\n";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "newsdesk-data-files-"));
  madeFolders.push(root);
});

let made = 0;
async function checkWith(site: string, entities: string) {
  const content = join(root, `c${made++}`);
  await mkdir(join(content, "_data"), { recursive: true });
  await mkdir(join(content, "articles"), { recursive: true });
  await writeFile(join(content, "_data/site.yaml"), site);
  await writeFile(join(content, "_data/entities.yaml"), entities);
  await writeFile(join(content, "articles/story.md"), ARTICLE);
  return runInProcess(["check", "--content", content]);
}

// JSON is YAML: prototype-named keys stay plain keys.
const asYaml = (data: unknown) => JSON.stringify(data);

describe("check on random data files", () => {
  it("answers every site.yaml and entities.yaml with located problems, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(siteYaml.map(asYaml), yamlNoise),
        fc.oneof(entitiesYaml.map(asYaml), yamlNoise),
        async (site, entities) => {
          const result = await checkWith(site, entities);
          const said = `site.yaml:\n${site}\nentities.yaml:\n${entities}\n---\n${result.stdout}${result.stderr}`;
          expect(result.thrown, said).toBeUndefined();
          expect([0, 1], said).toContain(result.code);
          expect(`${result.stdout}${result.stderr}`, said).not.toMatch(STACK);
          // Every problem is located: FILE:LINE:COLUMN field: message.
          for (const line of `${result.stdout}${result.stderr}`.split("\n").filter((l) => l.startsWith("_data/"))) {
            expect(line, said).toMatch(/^_data\/(site|entities)\.yaml:\d+:\d+ /);
          }
        },
      ),
      { numRuns: Number(process.env.NEWSDESK_RUNS ?? 150), seed: SEED },
    );
  }, 120_000);
});
