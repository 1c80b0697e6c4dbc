import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IMPORT_LOCK, lockContent } from "../../../src/cli/import-lock.ts";
import { Refused } from "../../../src/cli/refused.ts";

describe("lockContent", () => {
  it("lets one import at a time write into a folder, and releases it", () => {
    const dir = mkdtempSync(join(tmpdir(), "import-lock-"));
    const release = lockContent(dir, "content");
    expect(readFileSync(join(dir, IMPORT_LOCK), "utf8")).toBe(`${process.pid}\n`);
    expect(() => lockContent(dir, "content")).toThrow(
      new Refused(
        `another newsdesk import (process ${process.pid}) is writing into 'content': wait for it to finish, or delete .newsdesk-import.lock there if it was stopped`,
      ),
    );
    release();
    expect(existsSync(join(dir, IMPORT_LOCK))).toBe(false);
    lockContent(dir, "content")();
  });

  it("takes over the lock of an import whose process is gone", () => {
    const dir = mkdtempSync(join(tmpdir(), "import-lock-"));
    writeFileSync(join(dir, IMPORT_LOCK), "2147483646\n");
    const release = lockContent(dir, "content");
    expect(readFileSync(join(dir, IMPORT_LOCK), "utf8")).toBe(`${process.pid}\n`);
    release();
  });
});
