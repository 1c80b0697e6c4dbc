import { execFile } from "node:child_process";
import { join } from "node:path";
import { type CliResult, ROOT } from "../helpers/cli.ts";

/** Runs the benchmark's own entry (bench/run-bench.js), as `npm run bench -- ARGS` does. */
export function runBenchCli(args: string[], cwd = ROOT): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, "bench/run-bench.js"), ...args],
      { cwd, env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}
