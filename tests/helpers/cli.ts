import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project root. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** A fixture content folder's path. */
export function fixture(name: string): string {
  return join(ROOT, "tests/fixtures", name);
}

/** What a CLI run printed and returned. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real newsdesk command line, as an editor or CI would. */
export function runCli(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, "bin/newsdesk.js"), ...args],
      { cwd, env: { ...process.env, NO_COLOR: "1", ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

/** Temporary folders made by this test file, removed when it ends (tests/helpers/cleanup.ts). */
export const madeFolders: string[] = [];

/** A fresh temporary folder, removed after the test file has run. */
export async function tempDir(prefix = "newsdesk-test-"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  madeFolders.push(dir);
  return dir;
}

/** Builds a content folder into a new temporary folder and returns the output path; throws on failure. */
export async function buildSite(contentDir: string, extra: string[] = []): Promise<string> {
  const out = join(await tempDir(), "site");
  const result = await runCli([
    "build",
    "--content",
    contentDir,
    "--out",
    out,
    "--now",
    "2026-01-01T12:00:00Z",
    ...extra,
  ]);
  if (result.code !== 0) throw new Error(`build failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  return out;
}
