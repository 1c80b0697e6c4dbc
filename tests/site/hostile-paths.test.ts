import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixture, runCli, type CliResult } from "../helpers/cli.ts";
import { ARTICLE, STACK_FRAME, checkAndBuild, contentCase, inTurns, type Verdicts } from "../helpers/content-case.ts";

// Symbolic links (issue 15, class 3) and files where folders are expected or folders where files are (class 7):
// each is a located error in check and in build, or (the content folder itself a link) works in both.
const LINK_FIX = "copy the file or folder into the content folder instead of linking to it";
const linked = (path: string, at = path) =>
  `${at}:1:1 file: ${path} is a symbolic link, which newsdesk never follows — ${LINK_FIX}`;
const FOLDER_FIX = "a file stands where newsdesk expects a folder: rename it, and make that path a folder";
const FILE_FIX = "a folder (or device) stands where newsdesk expects a file: rename it, or point at the file inside";

interface Case {
  readonly name: string;
  /** Changes the fresh content folder; `outside` is a folder beside it. */
  readonly setup: (content: string, outside: string, root: string) => void;
  /** Lines both check and build print, exactly; none means both succeed. */
  readonly lines: (content: string) => string[];
}

const LEAD = "---\ntitle: Two\ndate: 2020-01-04\nsummary: s\nimage: img/lead.png\nimage_alt: A harbour\n---\nBody.\n";
const HARBOUR = join(fixture("images"), "images/harbour.png");
const CASES: Case[] = [
  {
    name: "a linked article file",
    setup: (c, o) => (
      writeFileSync(join(o, "secret.md"), ARTICLE.replace("One", "Secret")),
      symlinkSync(join(o, "secret.md"), join(c, "articles/linked.md"))
    ),
    lines: () => [linked("articles/linked.md")],
  },
  {
    name: "a linked folder inside articles/",
    setup: (c, o) => (writeFileSync(join(o, "secret.md"), ARTICLE), symlinkSync(o, join(c, "articles/2020"))),
    lines: () => [linked("articles/2020")],
  },
  {
    name: "articles/ itself a link",
    setup: (c, o) => (
      renameSync(join(c, "articles"), join(o, "articles")),
      symlinkSync(join(o, "articles"), join(c, "articles"))
    ),
    lines: () => [linked("articles")],
  },
  {
    name: "pages/ itself a link",
    setup: (c, o) => (
      writeFileSync(join(o, "about.md"), "---\ntitle: About\n---\nUs.\n"),
      symlinkSync(o, join(c, "pages"))
    ),
    lines: () => [linked("pages")],
  },
  {
    name: "a linked _data/site.yaml",
    setup: (c, o) => (
      renameSync(join(c, "_data/site.yaml"), join(o, "site.yaml")),
      symlinkSync(join(o, "site.yaml"), join(c, "_data/site.yaml"))
    ),
    lines: () => [linked("_data/site.yaml")],
  },
  {
    name: "a linked _data/entities.yaml",
    setup: (c, o) => (
      renameSync(join(c, "_data/entities.yaml"), join(o, "e.yaml")),
      symlinkSync(join(o, "e.yaml"), join(c, "_data/entities.yaml"))
    ),
    lines: () => [linked("_data/entities.yaml")],
  },
  {
    name: "_data/ itself a link",
    setup: (c, o) => (renameSync(join(c, "_data"), join(o, "_data")), symlinkSync(join(o, "_data"), join(c, "_data"))),
    lines: () => [linked("_data", "_data/entities.yaml"), linked("_data", "_data/site.yaml")],
  },
  {
    name: "articles a regular file (ENOTDIR)",
    setup: (c) => (rmSync(join(c, "articles"), { recursive: true }), writeFileSync(join(c, "articles"), "x")),
    lines: () => [`articles:1:1 file: articles is a file, not a folder — ${FOLDER_FIX}`],
  },
  {
    name: "_data a regular file (ENOTDIR)",
    setup: (c) => (rmSync(join(c, "_data"), { recursive: true }), writeFileSync(join(c, "_data"), "x")),
    lines: () =>
      ["entities", "site"].map((f) => `_data/${f}.yaml:1:1 file: _data is a file, not a folder — ${FOLDER_FIX}`),
  },
  {
    name: "_data/site.yaml a folder (EISDIR)",
    setup: (c) => (rmSync(join(c, "_data/site.yaml")), mkdirSync(join(c, "_data/site.yaml"))),
    lines: () => [`_data/site.yaml:1:1 file: _data/site.yaml is a folder, not a file — ${FILE_FIX}`],
  },
  {
    name: "a named pipe called pipe.md (a read would wait for ever)",
    setup: (c) => execFileSync("mkfifo", [join(c, "articles/pipe.md")]),
    lines: () => ["articles/pipe.md:1:1 file: not a regular file — replace it with a Markdown file, or remove it"],
  },
  {
    name: "the content folder a regular file",
    setup: (c) => (rmSync(c, { recursive: true }), writeFileSync(c, "x")),
    lines: (c) => [
      `${c}:1:1 file: the content folder is a file, not a folder — pass --content with the folder that holds articles/ and _data/`,
    ],
  },
  {
    name: "the content folder itself a link (it was named on purpose: followed, and its real path is the boundary)",
    setup: (c, _o, root) => (renameSync(c, join(root, "real")), symlinkSync(join(root, "real"), c)),
    lines: () => [],
  },
  {
    name: "folders named x.md in articles/ and pages/",
    setup: (c) => (
      mkdirSync(join(c, "pages/x.md"), { recursive: true }),
      mkdirSync(join(c, "articles/y.md")),
      writeFileSync(join(c, "articles/y.md/two.md"), ARTICLE.replace("One", "Two"))
    ),
    lines: () => [],
  },
];

const results = new Map<string, Verdicts & { content: string }>();

beforeAll(async () => {
  await inTurns(CASES, 3, async (c) => {
    const { root, content, outside } = await contentCase();
    c.setup(content, outside, root);
    results.set(c.name, { ...(await checkAndBuild(content, root)), content });
  });
});

const said = (r: CliResult) => `${r.stdout}\n${r.stderr}`;

describe("check and build refuse links, and files and folders in each other's place, at their path", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { check, build, out, content } = results.get(c.name)!;
      const lines = c.lines(content);
      for (const r of [check, build]) {
        expect(said(r)).not.toMatch(STACK_FRAME);
        expect(said(r)).not.toMatch(/RangeError|TypeError|ENOTDIR|EISDIR|ELOOP/);
        for (const line of lines) expect(said(r).split("\n")).toContain(line);
        // A refused site.yaml is named once, not again as a warning for each field it would have had.
        if (lines.some((l) => l.includes("_data/site.yaml"))) expect(said(r)).not.toMatch(/ warning: no \w+; using/);
      }
      expect([check.code, build.code]).toEqual(lines.length > 0 ? [1, 1] : [0, 0]);
      if (lines.length > 0) {
        expect(build.stderr).toContain("Nothing was written.");
        expect(existsSync(out)).toBe(false);
      } else {
        expect(existsSync(join(out, "index.html"))).toBe(true);
      }
    });
  }
});

describe("lead images are never read through a link", () => {
  let file: Verdicts;
  let folder: Verdicts;
  beforeAll(async () => {
    const a = await contentCase({ "articles/two.md": LEAD });
    copyFileSync(HARBOUR, join(a.outside, "secret.png"));
    mkdirSync(join(a.content, "img"));
    symlinkSync(join(a.outside, "secret.png"), join(a.content, "img/lead.png"));
    const b = await contentCase({ "articles/two.md": LEAD });
    copyFileSync(HARBOUR, join(b.outside, "lead.png"));
    symlinkSync(b.outside, join(b.content, "img"));
    [file, folder] = await Promise.all([checkAndBuild(a.content, a.root), checkAndBuild(b.content, b.root)]);
  });

  it("refuses a linked image file, and an image inside a linked folder, naming the article and publishing nothing", () => {
    for (const [r, link] of [
      [file, "img/lead.png"],
      [folder, "img"],
    ] as const) {
      for (const run of [r.check, r.build]) {
        expect(run.code).toBe(1);
        expect(said(run)).not.toMatch(STACK_FRAME);
        expect(said(run)).toMatch(
          new RegExp(
            `^articles/two\\.md:\\d+:\\d+ image: .*\\b${link} is a symbolic link, which newsdesk never follows — ${LINK_FIX}$`,
            "m",
          ),
        );
      }
      expect(existsSync(r.out)).toBe(false);
    }
  });
});

describe("newsdesk new writes nothing through a link or into a file", () => {
  it("refuses articles/ as a link or a file with one located line, exit 1", async () => {
    const link = await contentCase();
    renameSync(join(link.content, "articles"), join(link.outside, "articles"));
    symlinkSync(join(link.outside, "articles"), join(link.content, "articles"));
    const file = await contentCase();
    rmSync(join(file.content, "articles"), { recursive: true });
    writeFileSync(join(file.content, "articles"), "x");
    const make = (c: { content: string }) => runCli(["new", "A story", "--content", c.content, "--date", "2022-04-05"]);
    const [viaLink, viaFile] = await Promise.all([make(link), make(file)]);
    expect(viaLink.code).toBe(1);
    expect(viaLink.stderr).toContain(`${linked("articles")}\nNothing was written.`);
    expect(readdirSync(join(link.outside, "articles"))).toEqual(["one.md"]);
    expect(viaFile.code).toBe(1);
    expect(viaFile.stderr).toContain(
      `articles:1:1 file: articles is a file, not a folder — ${FOLDER_FIX}\nNothing was written.`,
    );
    for (const r of [viaLink, viaFile]) expect(said(r)).not.toMatch(STACK_FRAME);
  });
});
