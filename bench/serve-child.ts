import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import type { MemoryPeaks } from "./process-tree.ts";
import { type LogLine, splitLines } from "./serve-log.ts";
import { treeCpuSeconds, watchMemory } from "./measured-child.ts";
import { childEnv } from "./contenders.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const GRACE_MS = 10_000;

/** A `newsdesk serve` child under measurement, in a process group of its own so that stopping it stops its children. */
export interface BenchServer {
  readonly port: number;
  /** When it was spawned, on the performance.now() clock. */
  readonly started: number;
  /** Every line it has printed on stdout or stderr so far. */
  readonly log: readonly LogLine[];
  /** Its peak memory so far, alone and with its process tree, sampled from /proc every 100 ms. */
  peaks(): MemoryPeaks;
  /** The CPU time, in seconds, its process tree has used so far (read from /proc now). */
  cpuSeconds(): number;
  /** How it ended, when it ended by itself: an exit code or a signal; undefined while it runs. */
  exited(): string | undefined;
  /** Stops it: SIGTERM to its group, then SIGKILL if anything is left after 10 s; resolves to the last signal sent. */
  stop(): Promise<string>;
  /** Kills its group at once (SIGKILL), for a bench that is being interrupted and cannot wait. */
  kill(): void;
}

/** A TCP port nothing listens on now (the kernel's pick), for the server to take. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Starts `newsdesk serve` on a content folder; the caller must `stop()` it (if the bench exits first, it is killed). */
export function startServer(options: {
  readonly content: string;
  readonly out: string;
  readonly port: number;
}): BenchServer {
  const started = performance.now();
  const args = [
    join(ROOT, "bin/newsdesk.js"),
    "serve",
    "--content",
    options.content,
    "--out",
    options.out,
    "--port",
    String(options.port),
  ];
  // detached: its own process group, so that Pagefind's child is stopped with it (a Ctrl+C does not reach it: see kill()).
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: childEnv(),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const log: LogLine[] = [];
  const memory = watchMemory(child);
  let ended: string | undefined;
  const listen = (stream: NodeJS.ReadableStream) => {
    let pending = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      const { lines, rest } = splitLines(pending, chunk);
      pending = rest;
      const at = performance.now();
      log.push(...lines.map((text) => ({ at, text })));
    });
  };
  listen(child.stdout);
  listen(child.stderr);
  child.on("exit", (code, signal) => (ended = signal ?? `exit code ${code}`));
  child.on("error", (error) => (ended = error.message));
  const emergency = () => killGroup(child, "SIGKILL");
  process.on("exit", emergency);
  return {
    port: options.port,
    started,
    log,
    peaks: () => memory.peaks(),
    cpuSeconds: () => (child.pid === undefined ? 0 : treeCpuSeconds(child.pid)),
    exited: () => ended,
    kill: emergency,
    stop: async () => {
      memory.stop();
      process.off("exit", emergency);
      const exit = ended === undefined ? new Promise((resolve) => child.once("exit", resolve)) : Promise.resolve();
      killGroup(child, "SIGTERM");
      // The group can outlive its leader (a child that ignored SIGTERM): it counts as stopped once all of it is gone.
      for (const deadline = performance.now() + GRACE_MS; performance.now() < deadline; await sleep(50)) {
        if (ended !== undefined && !groupAlive(child)) return "SIGTERM";
      }
      killGroup(child, "SIGKILL");
      await exit;
      return "SIGKILL";
    },
  };
}

// Signals the child's process group (its pid, as it was spawned detached); a group already gone is no error.
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // nothing left in the group
  }
}

function groupAlive(child: ChildProcess): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}
