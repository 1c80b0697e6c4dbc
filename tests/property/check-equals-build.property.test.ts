import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "cheerio";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { fixture, madeFolders, runCli } from "../helpers/cli.ts";
import { fileTree } from "../helpers/tree.ts";
import { runInProcess } from "./in-process.ts";

// Random small content folders, hostile ones included: does `check` say what `build` will? Check runs in this
// process (cheap); build is the real command line (Eleventy's config loader needs its own process).
// A fixed seed, printed by fast-check on failure; NEWSDESK_SEED tries others.
const SEED = Number(process.env.NEWSDESK_SEED ?? 3);
const NOW = "2026-01-01T12:00:00Z";

const hostile = fc.constantFrom(
  "",
  " ",
  "__proto__",
  "toString",
  "constructor",
  "x".repeat(5_000),
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{ 7*7 }}",
  "\u202e",
);
const path = fc.constantFrom(
  "/",
  "/search/",
  "/feed.xml",
  "/feed.json",
  "/robots.txt",
  "/sitemap.xml",
  "/_redirects",
  "/_headers",
  "/404.html",
  "/agencies/europol/",
  "/agencies/",
  "/2020/",
  "/2020/05/",
  "/page/2/",
  "/pagefind/x",
  "/assets/a.css",
  "/img/a.png",
  "/2020/05/story-0/",
  "/old/story/",
  "/old/story/",
  "/Old/Story/",
  "/*",
  "/:x/y",
  "/./x/",
  "/old%zz/",
  "/x/../y/",
);
const date = fc.constantFrom(
  "2020-05-01",
  "2020-05-01T10:00:00Z",
  "2021-12-31",
  "2020-02-30",
  "tomorrow",
  "2099-01-01",
);
const slug = fc.constantFrom("story-0", "story-1", "same", "search", "agencies", "Bad Slug", "2020");
const image = fc.constantFrom(
  "images/good.png",
  "images/text.png",
  "images/folder.png",
  "images/missing.png",
  "/images/good.png",
  "../outside.png",
  "javascript:alert(1)",
  "https://example.org/x.jpg",
);
const names = fc.constantFrom("Europol", "EC3", "Unknown Agency", "United Kingdom", "Untied Kingdom", "UK", "toString");
const list = <T>(item: fc.Arbitrary<T>) => fc.array(item, { maxLength: 3 });
const anything: fc.Arbitrary<unknown> = fc.oneof(
  hostile,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  list(hostile),
  fc.dictionary(fc.constantFrom("a", "__proto__", "toString"), hostile, { maxKeys: 2 }),
);

const frontMatter = fc.record(
  {
    title: fc.oneof({ arbitrary: fc.constant("A story"), weight: 5 }, { arbitrary: anything, weight: 1 }),
    date: fc.oneof({ arbitrary: date, weight: 5 }, { arbitrary: anything, weight: 1 }),
    summary: fc.oneof(fc.constant("A summary."), anything),
    slug: fc.oneof({ arbitrary: slug, weight: 3 }, { arbitrary: anything, weight: 1 }),
    agencies: fc.oneof(list(names), anything),
    countries: fc.oneof(list(names), anything),
    aliases: fc.oneof({ arbitrary: list(path), weight: 4 }, { arbitrary: anything, weight: 1 }),
    image: fc.oneof({ arbitrary: image, weight: 4 }, { arbitrary: anything, weight: 1 }),
    image_alt: fc.constant("A picture"),
    draft: fc.boolean(),
    toString: hostile,
  },
  { requiredKeys: [] },
);
const pageFront = fc.record(
  {
    title: fc.oneof({ arbitrary: fc.constant("About"), weight: 4 }, { arbitrary: anything, weight: 1 }),
    slug: fc.oneof(slug, fc.constant("about"), anything),
  },
  { requiredKeys: ["title"] },
);
const entities = fc.constantFrom(
  "agencies:\n  - name: Europol\n    aliases: [EC3]\n",
  "agencies:\n  - name: Europol\n    former_slugs: [old-europol]\n  - name: FBI\n",
  "agencies:\n  - name: Europol\n  - name: FBI\n    former_slugs: [europol]\n",
  "agencies:\n  - &a {name: Europol}\n  - *a\n",
  "agencies: [{name: Europol, url: 'javascript:alert(1)'}]\n",
  "toString: x\n",
);
// YAML text for a value: JSON is YAML, and keeps prototype-named keys as plain keys.
const yaml = (fields: Record<string, unknown>) =>
  Object.entries(fields)
    .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join("\n");
// Body images: mostly ones build resizes, sometimes one it refuses (not a picture, missing, a folder, outside).
const goodBody = fc.constantFrom("Body text.", "![a picture](images/good.png)", '![x](/images/good.png "A caption")');
const badImage = fc.constantFrom("![x](images/text.png)", "![x](images/missing.png)", "A,\n![x](images/folder.png)");
const body = fc.oneof(
  { arbitrary: fc.oneof(goodBody, fc.constantFrom("[link](/search/)", "<script>alert(1)</script>")), weight: 6 },
  { arbitrary: fc.oneof(badImage, fc.constant("![x](../outside.png)")), weight: 1 },
);
// Mostly well-formed sites with one hostile touch at most, so both verdicts are common.
const cleanFront = fc.record(
  {
    title: fc.constant("A story"),
    date: fc.constantFrom("2020-05-01", "2020-05-01T10:00:00Z", "2021-12-31", "2099-01-01"),
    summary: fc.constant("A summary."),
    agencies: list(fc.constantFrom("Europol", "EC3")),
    countries: list(fc.constantFrom("UK", "United Kingdom")),
    image: fc.constantFrom("images/good.png", "/images/good.png", "https://example.org/x.jpg"),
    image_alt: fc.constant("A picture"),
    draft: fc.boolean(),
  },
  { requiredKeys: ["title", "date"] },
);
const touch = fc.oneof(
  fc.record({ aliases: list(path) }),
  fc.record({ slug: slug }),
  fc.record({ image: image }),
  fc.record({ date: date }),
  fc.record({ agencies: list(names) }),
  fc.dictionary(fc.constantFrom("title", "summary", "toString", "__proto__", "countries", "draft"), anything, {
    minKeys: 1,
    maxKeys: 1,
  }),
);
const site = fc.record({
  articles: fc.array(
    fc.tuple(
      fc.oneof(
        { arbitrary: cleanFront, weight: 3 },
        { arbitrary: fc.tuple(cleanFront, touch).map(([a, b]) => ({ ...a, ...b })), weight: 1 },
        { arbitrary: frontMatter, weight: 1 },
      ),
      body,
    ),
    { minLength: 2, maxLength: 6 },
  ),
  pages: fc.array(pageFront, { maxLength: 2 }),
  entities: fc.oneof(
    { arbitrary: fc.constant("agencies:\n  - name: Europol\n    aliases: [EC3]\n"), weight: 4 },
    { arbitrary: entities, weight: 1 },
  ),
  yamlAlias: fc.boolean(),
});
let previous = "";
let picture: Buffer;

beforeAll(async () => {
  // A previous build in --out, as in CI: a failed build must leave it exactly as it was.
  previous = join(await tmp(), "previous");
  const built = await runCli(["build", "--content", fixture("images"), "--out", previous, "--now", NOW, "--quiet"]);
  expect(built.code, built.stderr).toBe(0);
  picture = await readFile(join(fixture("images"), "images/harbour.png"));
}, 60_000);

describe("check's verdict is build's verdict", () => {
  it("on random small content folders, with no crash, nothing written outside --out and no live script", async () => {
    let failures = 0;
    await fc.assert(
      fc.asyncProperty(site, async (generated) => {
        const root = await tmp();
        const content = join(root, "content");
        await writeContent(content, generated);
        const out = join(root, "out");
        await cp(previous, out, { recursive: true, verbatimSymlinks: true });
        const before = fileTree(root);
        const checked = await runInProcess(["check", "--content", content]);
        const built = await runCli([
          "build",
          "--content",
          content,
          "--out",
          out,
          "--now",
          NOW,
          "--drafts",
          "--future",
          "--quiet",
        ]);
        const said = `check:\n${checked.stdout}${checked.stderr}\nbuild:\n${built.stdout}${built.stderr}`;
        expect(checked.thrown, said).toBeUndefined();
        expect(`${checked.stdout}${checked.stderr}${built.stdout}${built.stderr}`, said).not.toMatch(
          /\n\s+at .+:\d+:\d+|Output conflict|Having trouble writing/,
        );
        expect([checked.code, built.code], said).toEqual(checked.code === 0 ? [0, 0] : [1, 1]);
        // Nothing outside --out changes (but for the replaced output that a good build set aside beside it and
        // removes in the background, src/cli/atomic.ts: not looked into, it is going); a failed build leaves
        // --out as it was.
        const after = fileTree(root, built.code === 0 ? SET_ASIDE : undefined);
        expect(without(after, "out"), said).toEqual(without(before, "out"));
        if (built.code !== 0) {
          failures++;
          expect(after, said).toEqual(before);
          return;
        }
        for (const file of Object.keys(after).filter((f) => f.startsWith("out/") && f.endsWith(".html"))) {
          expect(liveScript(await readFile(join(root, file), "utf8")), `${file}\n${said}`).toEqual([]);
        }
      }),
      // No shrinking: each step is a build; the seed and the failing folder's messages say enough.
      { numRuns: 14, seed: SEED, endOnFailure: true },
    );
    // Worth something only if both verdicts were seen.
    expect(failures).toBeGreaterThan(0);
    expect(failures).toBeLessThan(14);
  }, 150_000);
});

async function tmp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "newsdesk-property-"));
  madeFolders.push(dir);
  return dir;
}

type Generated = typeof site extends fc.Arbitrary<infer T> ? T : never;

async function writeContent(content: string, generated: Generated): Promise<void> {
  const write = async (file: string, text: string | Buffer) => {
    await mkdir(join(content, file, ".."), { recursive: true });
    await writeFile(join(content, file), text);
  };
  await write(
    "_data/site.yaml",
    "title: T\nurl: https://x.example\nlanguage: en-GB\ntimezone: UTC\ndescription: d\ncopyright: c\nperPage: 2\n",
  );
  await write("_data/entities.yaml", generated.entities);
  await write("images/good.png", picture);
  await write("images/text.png", "not a picture\n");
  await mkdir(join(content, "images/folder.png"), { recursive: true });
  for (const [i, [fields, body]] of generated.articles.entries()) {
    const anchors = generated.yamlAlias && i === 0 ? '\nx: &a ["Europol"]\nagencies2: *a' : "";
    await write(`articles/story-${i}.md`, `---\n${yaml(fields)}${anchors}\n---\n${body}\n`);
  }
  for (const [i, fields] of generated.pages.entries())
    await write(`pages/page-${i}.md`, `---\n${yaml(fields)}\n---\nText.\n`);
}

// The name a replaced output has while it is removed in the background.
const SET_ASIDE = /^\.out\.newsdesk-\d+-\d+\.previous$/;

function without(tree: Record<string, string>, top: string): Record<string, string> {
  return Object.fromEntries(Object.entries(tree).filter(([k]) => k !== top && !k.startsWith(`${top}/`)));
}

// Script a page would run that newsdesk's templates did not write: inline script (JSON-LD data aside), event
// handler attributes, javascript: URLs.
function liveScript(html: string): string[] {
  const $ = load(html);
  const found: string[] = [];
  $("script:not([src])").each((_, el) => {
    if ($(el).attr("type") !== "application/ld+json") found.push(`inline script: ${$(el).text().slice(0, 60)}`);
  });
  $("*").each((_, el) => {
    for (const [name, value] of Object.entries((el as { attribs?: Record<string, string> }).attribs ?? {})) {
      if (/^on/i.test(name)) found.push(`${name}= on <${(el as { tagName?: string }).tagName}>`);
      if (/^\s*javascript:/i.test(value)) found.push(`${name}="${value.slice(0, 40)}"`);
    }
  });
  return found;
}
