import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { copyFile, cp, mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, fixture, runCli, tempDir, type CliResult } from "../helpers/cli.ts";
import { fileFor, listFiles, page } from "../helpers/site.ts";

const NOW = "2026-01-01T12:00:00Z";
const HARBOUR = join(fixture("images"), "images/harbour.png");
const FIX =
  "save the picture as JPEG, PNG, WebP, GIF or AVIF in the content folder and write its path, e.g. images/harbour.jpg";
const NOT_PICTURE = "newsdesk resizes JPEG, PNG, WebP, GIF, AVIF and TIFF";
// One mistake a file of tests/fixtures/body-images, at the line of the image (missing.md's is the second line
// of its paragraph); good.md's picture and its https:// image pass.
const EXPECTED = [
  "articles/2024/folder.md:7:1 body: image images/folder.png: images/folder.png is a folder, not a file — " +
    "a folder (or device) stands where newsdesk expects a file: rename it, or point at the file inside",
  "articles/2024/linked.md:7:1 body: image images/linked.png: images/linked.png is a symbolic link, which newsdesk " +
    "never follows — copy the file or folder into the content folder instead of linking to it",
  `articles/2024/missing.md:8:1 body: image images/missing.png: images/missing.png does not exist — ${FIX}`,
  "articles/2024/outside.md:7:1 body: image ../outside.png has a '..' segment that would leave the content " +
    "folder — write a path inside the content folder such as images/harbour.jpg, or an https:// URL",
  `articles/2024/svg.md:7:1 body: the image images/logo.svg is SVG or HTML: ${NOT_PICTURE} — ${FIX}`,
  `articles/2024/text.md:7:1 body: the image images/text.png is not a picture: ${NOT_PICTURE} — ${FIX}`,
  `pages/about.md:7:1 body: image images/newsroom.jpg: images/newsroom.jpg does not exist — ${FIX}`,
];

let root: string;
let content: string;
let checked: CliResult;
let built: CliResult;

// The located lines of a check or build report.
const located = (result: CliResult) =>
  `${result.stdout}\n${result.stderr}`.split("\n").filter((line) => /^\S+:\d+:\d+ /.test(line));

beforeAll(async () => {
  root = await tempDir();
  content = join(root, "content");
  // What git cannot hold: an empty folder named like a picture, a link, and a picture beside the content folder.
  await cp(fixture("body-images"), content, { recursive: true });
  await copyFile(HARBOUR, join(content, "images/good.png"));
  await copyFile(HARBOUR, join(root, "outside.png"));
  await mkdir(join(content, "images/folder.png"));
  await symlink("../../outside.png", join(content, "images/linked.png"));
  [checked, built] = await Promise.all([
    runCli(["check", "--content", content], root),
    runCli(["build", "--content", content, "--out", join(root, "out"), "--now", NOW], root),
  ]);
}, 60_000);

describe("body images that the build cannot resize", () => {
  it("are errors in check at the file and line of the image, with the fix", () => {
    expect(checked.code, checked.stdout).toBe(1);
    expect(located(checked)).toEqual(EXPECTED);
    expect(checked.stdout).toContain("7 errors, 0 warnings in 7 files");
  });

  it("stop the build with the same errors, before anything is written", () => {
    expect(built.code, built.stdout + built.stderr).toBe(1);
    expect(located(built)).toEqual(EXPECTED);
    expect(existsSync(join(root, "out"))).toBe(false);
  });
});

describe("body images under build --incremental", () => {
  it("are re-rendered when the picture changes on disk, as a cold build renders them", async () => {
    const dir = await tempDir();
    const site = join(dir, "content");
    await cp(fixture("images"), site, { recursive: true });
    const build = async (out: string, extra: string[] = []) => {
      const result = await runCli(["build", "--content", site, "--out", out, "--now", NOW, "--quiet", ...extra], dir);
      expect(result.code, result.stdout + result.stderr).toBe(0);
    };
    const out = join(dir, "site");
    await build(out, ["--incremental"]);
    const bodySrc = () => page(out, "/2024/05/harbour/")(".story-body img").first().attr("src")!;
    const before = bodySrc();
    await writeFile(join(site, "images/harbour.png"), await sharp(HARBOUR).flop().png().toBuffer());
    await build(out, ["--incremental"]);
    const after = bodySrc();
    expect(after).toMatch(/^\/img\/[\w-]+-1600\.png$/);
    expect(after).not.toBe(before);
    expect(existsSync(fileFor(out, after))).toBe(true);
    const cold = join(dir, "cold");
    await build(cold);
    const tree = (at: string) =>
      Object.fromEntries(listFiles(at).map((f) => [f, readFileSync(join(at, f)).toString("base64")]));
    const [want, got] = [tree(cold), tree(out)];
    expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
    expect(Object.keys(want).filter((f) => got[f] !== want[f])).toEqual([]);
  }, 90_000);
});

describe("body images under serve", () => {
  const port = 19_000 + (process.pid % 1000);
  let server: ChildProcess | undefined;
  let log = "";
  afterAll(() => {
    server?.kill("SIGTERM");
  });

  // The article page's first body image src, once `test` accepts it (serve rebuilds after a save).
  async function pollSrc(test: (src: string | undefined) => boolean, seconds = 40): Promise<string | undefined> {
    let last: string | undefined;
    const pause = () => new Promise((r) => setTimeout(r, 250));
    for (const started = Date.now(); Date.now() - started < seconds * 1000; await pause()) {
      try {
        const text = await (await fetch(`http://127.0.0.1:${port}/2024/05/harbour/`)).text();
        last = /<div class="story-body">[\s\S]*?<img src="([^"]*)"/.exec(text)?.[1];
        if (test(last)) return last;
      } catch {
        // Not listening yet.
      }
    }
    throw new Error(`no matching body image after ${seconds} s (last: ${last})\nserver log:\n${log}`);
  }

  it("are resized, and shown anew once the picture is saved again", async () => {
    const dir = await tempDir();
    const site = join(dir, "content");
    await cp(fixture("images"), site, { recursive: true });
    const args = ["serve", "--content", site, "--out", join(dir, "site"), "--port", String(port)];
    server = spawn(process.execPath, [join(ROOT, "bin/newsdesk.js"), ...args], { cwd: dir });
    server.stdout?.on("data", (d) => (log += d));
    server.stderr?.on("data", (d) => (log += d));
    const before = await pollSrc((src) => src !== undefined, 60);
    expect(before).toMatch(/^\/img\/[\w-]+-1600\.png$/);
    await writeFile(join(site, "images/harbour.png"), await sharp(HARBOUR).flop().png().toBuffer());
    const after = await pollSrc((src) => src !== before);
    expect(after).toMatch(/^\/img\/[\w-]+-1600\.png$/);
    expect((await fetch(`http://127.0.0.1:${port}${after}`)).status).toBe(200);
  }, 120_000);
});
