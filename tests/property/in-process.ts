import { main } from "../../src/cli/main.ts";

/** What one in-process CLI run printed and returned. */
export interface InProcessResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Something thrown past main(): a crash an editor would see as a stack trace. */
  readonly thrown?: unknown;
}

/**
 * Runs newsdesk's main() in this process, as bin/newsdesk.js does, with console and stdout/stderr captured:
 * a spawned CLI costs about a second of start-up, which a property test of many cases cannot afford.
 */
export async function runInProcess(args: string[]): Promise<InProcessResult> {
  const out: string[] = [];
  const err: string[] = [];
  const saved = { log: console.log, error: console.error, warn: console.warn, info: console.info };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the writers are only put back on the same streams
  const writers = { out: process.stdout.write, err: process.stderr.write };
  const text = (parts: unknown[]) => `${parts.map(String).join(" ")}\n`;
  console.log = console.info = (...parts: unknown[]) => void out.push(text(parts));
  console.error = console.warn = (...parts: unknown[]) => void err.push(text(parts));
  process.stdout.write = (chunk: string | Uint8Array) => (out.push(String(chunk)), true);
  process.stderr.write = (chunk: string | Uint8Array) => (err.push(String(chunk)), true);
  try {
    const code = await main(args);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } catch (thrown) {
    return { code: 1, stdout: out.join(""), stderr: err.join(""), thrown };
  } finally {
    Object.assign(console, { log: saved.log, error: saved.error, warn: saved.warn, info: saved.info });
    process.stdout.write = writers.out;
    process.stderr.write = writers.err;
  }
}
