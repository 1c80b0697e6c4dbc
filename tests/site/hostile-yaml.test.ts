import { beforeAll, describe, expect, it } from "vitest";
import type { CliResult } from "../helpers/cli.ts";
import { ARTICLE, STACK_FRAME, checkAndBuild, contentCase, inTurns, type Verdicts } from "../helpers/content-case.ts";

// Issue 15, class 7 (no stack traces) and class 6 (entities never merge silently), through the real check and build.
const DEEP =
  "the YAML is nested more than 50 levels deep — write the value as a flat list or a few 'field: value' lines; nothing in newsdesk nests that deep";
const NEVER = "the alias *x is part of the value it names, so it never ends — write the value out instead of the alias";
const article = (extra: string) => `---\ntitle: T\ndate: 2020-01-03\nsummary: s\n${extra}\n---\nBody.\n`;
const PROTO_KEYS = ["toString", "constructor", "hasOwnProperty", "valueOf", "__proto__"];
const protoYaml = PROTO_KEYS.map((k) => `${k}: x`).join("\n");
const SITE = "title: T\nurl: https://fixture.example\nlanguage: en-US\ntimezone: UTC\ndescription: d\ncopyright: c\n";

interface Case {
  readonly name: string;
  readonly files: Record<string, string>;
  /** Patterns of lines check and build both print (whole lines). */
  readonly lines: readonly (string | RegExp)[];
  readonly code: 0 | 1;
}

const CASES: Case[] = [
  {
    name: "front-matter nested 1,000 levels, a self-referencing alias, and Object.prototype keys",
    files: {
      "articles/deep-list.md": article(`x: ${"[".repeat(1000)}${"]".repeat(1000)}`),
      "articles/deep-map.md": article(`x: ${"{a: ".repeat(1000)}1${"}".repeat(1000)}`),
      "articles/alias.md": article("x: &x [*x]"),
      "articles/proto.md": article(`${protoYaml}\nnested: {toString: 1, __proto__: {polluted: 1}}`),
    },
    lines: [
      new RegExp(`^articles/deep-list\\.md:5:\\d+ front-matter: ${escape(DEEP)}$`),
      new RegExp(`^articles/deep-map\\.md:5:\\d+ front-matter: ${escape(DEEP)}$`),
      `articles/alias.md:5:8 front-matter: ${NEVER}`,
      ...PROTO_KEYS.map(
        (k, i) =>
          new RegExp(
            `^articles/proto\\.md:${5 + i}:1 ${k}: warning: unknown field '${k}' is ignored — article fields are title, date, `,
          ),
      ),
    ],
    code: 1,
  },
  {
    name: "site.yaml with a self-referencing alias",
    files: { "_data/site.yaml": `${SITE}x: &x [*x]\n` },
    lines: [`_data/site.yaml:7:8 yaml: ${NEVER}`],
    code: 1,
  },
  {
    name: "site.yaml nested 1,000 levels",
    files: { "_data/site.yaml": `${SITE}x: ${"[".repeat(1000)}${"]".repeat(1000)}\n` },
    lines: [new RegExp(`^_data/site\\.yaml:7:\\d+ yaml: ${escape(DEEP)}$`)],
    code: 1,
  },
  {
    name: "site.yaml with Object.prototype keys and a mapping for its title",
    files: {
      "_data/site.yaml": `${SITE.replace("title: T", "title: {a: 1}")}${protoYaml}\n`,
      "articles/one.md": ARTICLE,
    },
    lines: [
      "_data/site.yaml:1:1 title: warning: 'a mapping' is not a usable title; using 'newsdesk' — add title: Your Publication",
      ...PROTO_KEYS.map(
        (k, i) =>
          new RegExp(
            `^_data/site\\.yaml:${7 + i}:1 ${k}: warning: unknown field '${k}' — site\\.yaml fields are title, `,
          ),
      ),
    ],
    code: 0,
  },
  {
    name: "entities.yaml with a self-referencing alias",
    files: { "_data/entities.yaml": "agencies:\n  - name: Europol\n    aliases: &x [*x]\n" },
    lines: [`_data/entities.yaml:3:18 yaml: ${NEVER}`],
    code: 1,
  },
  {
    name: "entities.yaml nested 1,000 levels",
    files: { "_data/entities.yaml": `agencies: ${"[".repeat(1000)}${"]".repeat(1000)}\n` },
    lines: [new RegExp(`^_data/entities\\.yaml:1:\\d+ yaml: ${escape(DEEP)}$`)],
    code: 1,
  },
  {
    name: "entities.yaml with Object.prototype keys as sections and as names",
    files: {
      "_data/entities.yaml": `${protoYaml}\nagencies:\n  - name: constructor\n    aliases: [toString, __proto__]\n`,
      "articles/one.md": article("agencies: [toString]"),
    },
    lines: PROTO_KEYS.map(
      (k, i) =>
        `_data/entities.yaml:${1 + i}:1 ${k}: warning: unknown section '${k}' — use one of agencies, outlets, countries, actors, malware, topics`,
    ),
    code: 0,
  },
  {
    name: "entities.yaml with colliding slugs, a name given twice and one bad alias",
    files: {
      "_data/entities.yaml":
        "agencies:\n  - name: C\n  - name: C++\n  - name: Europol\n    aliases: [EC3, '']\n  - name: europol\n",
      "articles/one.md": article("agencies: [EC3, C]"),
    },
    lines: [
      "_data/entities.yaml:3:5 agencies: 'C++' and 'C' (line 2) would share one page, /agencies/c/ — add slug: to one of the two (e.g. slug: c-2), so each has a page of its own",
      "_data/entities.yaml:2:5 agencies: 'C' and 'C++' (line 3) would share one page, /agencies/c/ — add slug: to one of the two (e.g. slug: c-2), so each has a page of its own",
      "_data/entities.yaml:6:5 agencies: 'europol' is given twice: also as 'Europol' (line 4) — merge the two entries into one; if they are different, give one its own slug: (e.g. slug: europol-2)",
      "_data/entities.yaml:4:5 agencies: 'Europol' is given twice: also as 'europol' (line 6) — merge the two entries into one; if they are different, give one its own slug: (e.g. slug: europol-2)",
      "_data/entities.yaml:5:20 agencies.aliases: an alias is blank — write aliases as a list of names, e.g. aliases: [EU IRU, EUIRU]",
    ],
    code: 1,
  },
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const results = new Map<string, Verdicts>();
beforeAll(async () => {
  await inTurns(CASES, 3, async (c) => {
    const { root, content } = await contentCase(c.files);
    results.set(c.name, await checkAndBuild(content, root));
  });
});

const said = (r: CliResult) => `${r.stdout}\n${r.stderr}`.split("\n");

describe("hostile YAML in front-matter, site.yaml and entities.yaml", () => {
  for (const c of CASES) {
    it(`${c.name}: a located diagnostic in check and build, never a stack trace`, () => {
      const { check, build } = results.get(c.name)!;
      for (const r of [check, build]) {
        expect(said(r).join("\n")).not.toMatch(STACK_FRAME);
        expect(said(r).join("\n")).not.toMatch(/RangeError|TypeError|Maximum call stack|native code/);
        for (const line of c.lines) {
          const found = said(r).some((l) => (typeof line === "string" ? l === line : line.test(l)));
          expect(found, `${String(line)}\n--- printed:\n${said(r).join("\n")}`).toBe(true);
        }
      }
      expect([check.code, build.code]).toEqual([c.code, c.code]);
    });
  }
});
