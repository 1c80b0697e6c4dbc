import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Refused } from "./refused.ts";

// The benchmark's own entry in a checkout of newsdesk's repository; an installed package has none.
const ENTRY = fileURLToPath(new URL("../../bench/run-bench.js", import.meta.url));

/**
 * `newsdesk bench`: the benchmark is the repository's own program (bench/, `npm run bench`), never part of the
 * product, which does not import it. In a checkout this command hands over to it as a child process with the same
 * arguments and returns its exit code; an installed package refuses in one line.
 */
export async function bench(args: string[], entry = ENTRY): Promise<number> {
  if (!existsSync(entry)) {
    throw new Refused(
      "the benchmark comes with newsdesk's repository, not the installed package: run npm run bench in a checkout",
    );
  }
  const child = spawn(process.execPath, [entry, ...args], { stdio: "inherit" });
  return new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
