import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, fixture, tempDir, type CliResult } from "../helpers/cli.ts";
import { fileTree } from "../helpers/tree.ts";

const NOW = "2026-01-01T12:00:00Z";
const QUIET = ["--now", NOW, "--quiet"];
let root: string;
let project: string;

/** Runs the real CLI in `cwd`, killed after `seconds` (a hang is a failure, not a stuck test run). */
function runWithin(args: string[], cwd: string, seconds = 20, env: NodeJS.ProcessEnv = {}) {
  const started = Date.now();
  return new Promise<CliResult & { ms: number }>((resolve) => {
    const environment = { ...process.env, NO_COLOR: "1", ...env };
    const options = { cwd, env: environment, timeout: seconds * 1000, killSignal: "SIGKILL" as const };
    execFile(process.execPath, [join(ROOT, "bin/newsdesk.js"), ...args], options, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

beforeAll(async () => {
  // A project folder as an editor has one: their files and a repository; the content folder is beside it. The
  // builds run from there, as the installed newsdesk command does.
  root = await tempDir();
  project = join(root, "project");
  mkdirSync(join(project, ".git"), { recursive: true });
  writeFileSync(join(project, ".git/HEAD"), "ref: refs/heads/main\n");
  writeFileSync(join(project, "notes.md"), "an editor's notes\n");
  mkdirSync(join(project, "drafts"));
  writeFileSync(join(project, "drafts/story.md"), "a draft\n");
  symlinkSync(join(project, "drafts"), join(project, "linked"));
  mkdirSync(join(root, "home"));
  writeFileSync(join(root, "home/.profile"), "export X=1\n");
  cpSync(fixture("basic"), join(root, "content"), { recursive: true });
  mkdirSync(join(root, "news"));
  cpSync(fixture("basic"), join(root, "news/content"), { recursive: true });
});

describe("build --out is newsdesk's alone", () => {
  const refused: [string, string, string][] = [
    ["", "../content", "newsdesk build: --out is empty: name the folder to build the site into, such as --out _site"],
    [".", "../content", "is the working folder: newsdesk replaces --out whole"],
    ["..", "../content", "holds the working folder: newsdesk replaces --out whole"],
    ["/", "../content", "newsdesk build: --out '/' is the root of the file system"],
    ["../home", "../content", "is your home folder"],
    ["../news", "../news/content", "holds the content folder"],
    ["../news/content/articles", "../news/content", "is inside the content folder"],
    ["notes.md", "../content", "is a file, not a folder: newsdesk builds only into a folder of its own"],
    ["drafts", "../content", "holds files newsdesk did not write (story.md) and no .newsdesk-output marker"],
    ["linked", "../content", "is a symbolic link: newsdesk replaces only a real folder it made"],
  ];
  it.each(refused)("refuses --out '%s', exit 2, naming it; every file stays as it was", async (out, content, why) => {
    const before = fileTree(root);
    const home = { HOME: join(root, "home") };
    const result = await runWithin(["build", "--content", content, "--out", out, ...QUIET], project, 30, home);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(why);
    expect(result.stderr).toContain(`--out ${out === "" ? "is empty" : `'${out}'`}`);
    // One line: a refused path is not a misused command, so no usage text follows.
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 300)); // the old build removed the set-aside folder in the background
    expect(fileTree(root)).toEqual(before);
  });

  it("fails at once, one line and exit 2, where --out cannot be written: below a file, in /proc or /sys", async () => {
    for (const [out, reason] of [
      ["notes.md/site", "cannot be written: a part of the path is a file, not a folder"],
      ["/proc/newsdesk-test/site", "cannot be written: its folder does not exist and cannot be made there"],
      ["/sys/newsdesk-test", "cannot be written: permission denied"],
    ]) {
      const before = fileTree(root);
      const result = await runWithin(["build", "--content", "../content", "--out", out!, "--now", NOW], project, 10);
      expect(result.code, out).toBe(2);
      const shown = out!.startsWith("/") ? `'${out}'` : `'${out}' (${join(project, out!)})`;
      expect(result.stderr.trim(), out).toBe(`newsdesk build: --out ${shown} ${reason}`);
      expect(result.ms, out).toBeLessThan(8_000);
      expect(fileTree(root)).toEqual(before);
    }
  });

  it("refuses a --report that cannot be written before building, and leaves --out as it was", async () => {
    const out = join(await tempDir(), "site");
    const report = "/proc/newsdesk-test/report.json";
    const args = ["build", "--content", "../content", "--out", out, ...QUIET, "--report", report];
    const result = await runWithin(args, project);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      `newsdesk build: --report '${report}' cannot be written: its folder does not exist and cannot be made there`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("builds into a new or empty folder, marks it, and replaces what it marked or an older newsdesk's", async () => {
    const parent = await tempDir();
    const out = join(parent, "site");
    mkdirSync(out);
    // From the editor's project folder, as the installed command runs: newsdesk finds its own templates.
    expect((await runWithin(["build", "--content", "../content", "--out", out, ...QUIET], project, 60)).code).toBe(0);
    expect(readFileSync(join(out, ".newsdesk-output"), "utf8")).toContain("newsdesk built this folder");
    writeFileSync(join(out, "stray.html"), "left by hand");
    const rebuilt = await runWithin(["build", "--content", join(root, "content"), "--out", out, ...QUIET], ROOT, 60);
    expect(rebuilt.code).toBe(0);
    expect(existsSync(join(out, "stray.html"))).toBe(false);
    expect(existsSync(join(out, "2020/01/amaq/index.html"))).toBe(true);

    // An output of a newsdesk from before the marker: build --incremental's manifest beside it says whose it is.
    const older = join(parent, "older");
    mkdirSync(older);
    writeFileSync(join(older, "index.html"), "old build");
    const manifest = { format: 2, code: "x", keys: { "index.html": "k1", "about/index.html": "k2" } };
    writeFileSync(join(parent, ".older.newsdesk.json"), JSON.stringify(manifest));
    const again = await runWithin(["build", "--content", join(root, "content"), "--out", older, ...QUIET], ROOT, 60);
    expect(again.code).toBe(0);
    expect(readFileSync(join(older, "index.html"), "utf8")).toContain("Fixture Desk");
  });
});

describe("serve --out is newsdesk's alone", () => {
  it("refuses a folder of someone's files before serving anything", async () => {
    const before = fileTree(root);
    const args = ["serve", "--content", "../content", "--out", "drafts", "--port", "18999"];
    const result = await runWithin(args, project, 15);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      `newsdesk serve: --out 'drafts' (${join(project, "drafts")}) holds files newsdesk did not write (story.md) ` +
        "and no .newsdesk-output marker: newsdesk replaces --out whole, so it builds only into a new or empty folder " +
        "or one it built before; name another --out, or delete drafts yourself if it is an old build",
    );
    expect(fileTree(root)).toEqual(before);
  });
});

describe("a stale manifest beside --out does not make someone's folder newsdesk's", () => {
  it("refuses an unmarked folder holding a file the manifest does not list, and keeps the file", async () => {
    const parent = await tempDir();
    const docs = join(parent, "docs");
    const args = ["build", "--content", join(root, "content"), "--out", docs, ...QUIET];
    expect((await runWithin([...args, "--incremental"], parent, 60)).code).toBe(0);
    // The output goes, its manifest stays; the folder is made again for the user's own files.
    rmSync(docs, { recursive: true });
    mkdirSync(docs);
    writeFileSync(join(docs, "guide.md"), "guide");
    const result = await runWithin(args, parent, 30);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      `newsdesk build: --out '${docs}' holds files newsdesk did not write (guide.md) and no .newsdesk-output ` +
        "marker: newsdesk replaces --out whole, so it builds only into a new or empty folder or one it built " +
        "before; name another --out, or delete docs yourself if it is an old build",
    );
    expect(readdirSync(docs)).toEqual(["guide.md"]);
  });
});

describe("command-line values that used to hang or crash are refused in one line", () => {
  it("refuses a --report that is a FIFO (or any other non-file) at once, before building", async () => {
    const dir = await tempDir();
    const fifo = join(dir, "report.fifo");
    execFileSync("mkfifo", [fifo]);
    const out = join(dir, "site");
    const args = ["build", "--content", "../content", "--out", out, ...QUIET, "--report", fifo];
    const result = await runWithin(args, project, 10);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      `newsdesk build: --report '${fifo}' is not a regular file (a pipe, a device or a socket): name a file, ` +
        "such as build-report.json",
    );
    expect(existsSync(out)).toBe(false);
  });

  it("refuses verify --out naming a file or nothing, not a stack trace or a scan of the working folder", async () => {
    const devNull = await runWithin(["verify", "--out", "/dev/null"], project, 10);
    expect(devNull.code).toBe(2);
    expect(devNull.stderr.trim()).toBe(
      "newsdesk verify: --out '/dev/null' is not a folder: name the folder a build wrote, such as _site",
    );
    const empty = await runWithin(["verify", "--out", ""], project, 10);
    expect(empty.code).toBe(2);
    expect(empty.stderr.trim()).toBe(
      "newsdesk verify: --out is empty: name the folder a build wrote, such as --out _site",
    );
    expect(empty.stdout).toBe("");
  });

  it("refuses serve --out with a % in it (the preview server cannot serve from it) and an empty --host", async () => {
    const dir = await tempDir();
    const content = ["serve", "--content", join(root, "content")];
    const percent = await runWithin([...content, "--out", "o%zz", "--port", "18998"], dir, 10);
    expect(percent.code).toBe(2);
    expect(percent.stderr.trim()).toBe(
      "newsdesk serve: --out 'o%zz' has a '%' in it, which the preview server cannot serve from: name a folder " +
        "without one, such as _site",
    );
    const host = await runWithin([...content, "--host", "", "--port", "18997"], dir, 10);
    expect(host.code).toBe(2);
    expect(host.stderr.trim()).toBe(
      "newsdesk serve: --host is empty, which would listen on every interface: leave --host out to keep the " +
        "preview on this machine, or name an address such as 0.0.0.0 to share it",
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});
