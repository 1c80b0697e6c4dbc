import { cp, mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixture, madeFolders, runCli } from "../helpers/cli.ts";
import { fileTree } from "../helpers/tree.ts";

// --out and --content as a careless or hostile user writes them, run from inside a project folder full of work:
// whatever newsdesk does with them, no file of that work is deleted or changed, and no stack trace is printed.
const SEED = Number(process.env.NEWSDESK_SEED ?? 20261203);
const PATHS = [
  "",
  ".",
  "..",
  "../..",
  "content",
  "content/..",
  "content/articles",
  "notes.txt",
  "notes.txt/sub",
  "work",
  "work-link",
  "link-to-notes",
  "./",
  "work/../work",
  "missing/deeper",
];

describe("command-line paths never cost a user file", () => {
  it("build with random --out and --content from a project folder", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS), fc.constantFrom("content", ...PATHS), async (out, content) => {
        // root/home/project is the working folder: even "../.." is root, which holds only this test's files.
        const root = await mkdtemp(join(tmpdir(), "newsdesk-paths-"));
        madeFolders.push(root);
        const project = join(root, "home/project");
        await project_(project);
        const before = fileTree(root);
        const run = await runCli(
          ["build", "--content", content, "--out", out, "--now", "2026-01-01T12:00:00Z", "--quiet"],
          project,
        );
        const said = `build --content '${content}' --out '${out}' → ${run.code}\n${run.stdout}${run.stderr}`;
        expect(run.stderr, said).not.toMatch(/\n\s+at .+:\d+:\d+/);
        const after = fileTree(root);
        // Every file and link of the project is still there with the same content; only new entries may appear.
        const lost = Object.keys(before).filter((k) => before[k] !== "folder" && after[k] !== before[k]);
        expect(lost, said).toEqual([]);
      }),
      { numRuns: 14, seed: SEED, endOnFailure: true },
    );
  }, 120_000);
});

// A project folder: a small content folder, a user's notes, a folder of work, a link to it and to the notes.
async function project_(project: string): Promise<void> {
  await mkdir(join(project, "work/src"), { recursive: true });
  await cp(fixture("basic"), join(project, "content"), { recursive: true });
  await writeFile(join(project, "notes.txt"), "my notes\n");
  await writeFile(join(project, "work/src/draft.ts"), "export const x = 1;\n");
  await mkdir(join(project, ".git"));
  await writeFile(join(project, ".git/HEAD"), "ref: refs/heads/main\n");
  await symlink(join(project, "work"), join(project, "work-link"));
  await symlink(join(project, "notes.txt"), join(project, "link-to-notes"));
}
