import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  contentRoot,
  listContentFolder,
  readContentFile,
  resolveContentPath,
  statContentFile,
} from "../../../src/content/content-fs.ts";

let root: string;
let content: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "newsdesk-content-fs-"));
  content = join(root, "content");
  mkdirSync(join(content, "_data"), { recursive: true });
  mkdirSync(join(content, "img/real"), { recursive: true });
  mkdirSync(join(content, "x.md"));
  mkdirSync(join(root, "outside"));
  writeFileSync(join(root, "outside/secret.jpg"), "secret");
  writeFileSync(join(content, "img/real/a.jpg"), "jpeg");
  writeFileSync(join(content, "_data/site.yaml"), "title: T\n");
  writeFileSync(join(content, "articles"), "a file where a folder should be");
  writeFileSync(join(content, "locked.md"), "x");
  chmodSync(join(content, "locked.md"), 0o000);
  symlinkSync(join(root, "outside/secret.jpg"), join(content, "img/linked.jpg"));
  symlinkSync(join(root, "outside"), join(content, "img/linked-folder"));
  symlinkSync(join(content, "img/real/a.jpg"), join(content, "img/inside-link.jpg"));
  symlinkSync(content, join(root, "content-link"));
});

const where = { file: "articles/a.md", line: 4, column: 8, field: "image" };

describe("resolveContentPath", () => {
  it("gives the absolute path of a file inside the content folder", () => {
    const found = resolveContentPath(content, "img/real/a.jpg");
    expect(found.ok && found.path).toBe(join(content, "img/real/a.jpg"));
  });

  it("refuses '..', absolute paths and empty paths, located where they were written", () => {
    for (const path of ["../outside/secret.jpg", "img/../../outside/secret.jpg", "/etc/passwd", ""]) {
      const found = resolveContentPath(content, path, where);
      expect(found.ok).toBe(false);
      if (!found.ok) expect(found.diagnostic).toMatchObject({ ...where, severity: "error" });
      if (!found.ok) expect(found.reason).toBe("outside");
    }
  });

  it("refuses a symbolic link in any component, even one that points inside", () => {
    const cases = [
      ["img/linked.jpg", "img/linked.jpg is a symbolic link, which newsdesk never follows"],
      ["img/linked-folder/secret.jpg", "img/linked-folder is a symbolic link, which newsdesk never follows"],
      ["img/inside-link.jpg", "img/inside-link.jpg is a symbolic link, which newsdesk never follows"],
    ];
    for (const [path, message] of cases) {
      const found = resolveContentPath(content, path!, where);
      expect(found.ok ? "followed" : found.diagnostic.message).toBe(message);
      if (!found.ok) expect(found.reason).toBe("link");
    }
  });

  it("says which component is a file where a folder is expected, and when a path is missing", () => {
    const through = resolveContentPath(content, "articles/2020/a.md");
    expect(!through.ok && [through.reason, through.diagnostic.message]).toEqual([
      "not-folder",
      "articles is a file, not a folder",
    ]);
    const missing = resolveContentPath(content, "img/nope.jpg");
    expect(!missing.ok && [missing.reason, missing.diagnostic.message]).toEqual([
      "missing",
      "img/nope.jpg does not exist",
    ]);
  });

  it("accepts a content folder that is itself a link, bounded by its real path", () => {
    const found = resolveContentPath(join(root, "content-link"), "img/real/a.jpg");
    expect(found.ok && found.path).toBe(join(content, "img/real/a.jpg"));
    expect(contentRoot(join(root, "nowhere"))).toMatchObject({ ok: false, reason: "missing" });
    const file = contentRoot(join(content, "_data/site.yaml"));
    expect(!file.ok && file.diagnostic.message).toBe("the content folder is a file, not a folder");
  });
});

describe("statContentFile and readContentFile", () => {
  it("reads a regular file's bytes", async () => {
    const read = await readContentFile(content, "_data/site.yaml");
    expect(read.ok && read.bytes.toString()).toBe("title: T\n");
    expect(statContentFile(content, "img/real/a.jpg")).toMatchObject({ ok: true });
  });

  it("refuses a folder where a file is expected (EISDIR) with the fix", async () => {
    const read = await readContentFile(content, "x.md");
    expect(!read.ok && read.diagnostic).toEqual({
      file: "x.md",
      line: 1,
      column: 1,
      field: "file",
      severity: "error",
      message: "x.md is a folder, not a file",
      suggestion: "a folder (or device) stands where newsdesk expects a file: rename it, or point at the file inside",
    });
    const stat = statContentFile(content, "img/real", where);
    expect(!stat.ok && stat.diagnostic.message).toBe("img/real is a folder, not a file");
  });

  it("refuses a link, and a file it cannot read, without throwing", async () => {
    const linked = await readContentFile(content, "img/linked.jpg");
    expect(!linked.ok && linked.reason).toBe("link");
    const locked = await readContentFile(content, "locked.md");
    // root reads any file; everyone else is refused with a plain message
    if (process.getuid?.() !== 0)
      expect(!locked.ok && locked.diagnostic.message).toBe("locked.md cannot be read: permission denied");
  });
});

describe("listContentFolder", () => {
  it("lists a folder and refuses a file standing in for one (ENOTDIR)", async () => {
    const listed = await listContentFolder(content, "img");
    expect(listed.ok && listed.entries.map((e) => e.name).sort()).toEqual([
      "inside-link.jpg",
      "linked-folder",
      "linked.jpg",
      "real",
    ]);
    const file = await listContentFolder(content, "articles");
    expect(!file.ok && file.diagnostic.message).toBe("articles is a file, not a folder");
  });
});
