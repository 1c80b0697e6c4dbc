import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import {
  type MemoryPeaks,
  addSample,
  parseProcStatus,
  parseStatCpuTicks,
  parseStatParent,
  processTree,
  type ProcessMemory,
} from "./process-tree.ts";

/** How a measured child process ended. */
export interface ChildMeasure {
  /** Exit code, or null when a signal ended it. */
  readonly code: number | null;
  readonly signal: string | null;
  /** Wall time from spawn to exit. */
  readonly seconds: number;
  readonly peaks: MemoryPeaks;
  /** The end of what it wrote to stderr, for a failure's reason. */
  readonly stderr: string;
}

const SAMPLE_MS = 100;
const STDERR_KEPT = 4096;

/**
 * Runs a command to its end, timing it and sampling the peak RSS (VmHWM) of it and of its process tree from
 * /proc every 100 ms. Its output is read and dropped, but for the end of stderr.
 */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<ChildMeasure> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stdout.resume();
    child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString("utf8")).slice(-STDERR_KEPT)));
    const memory = watchMemory(child);
    child.on("error", (error) => {
      memory.stop();
      reject(error);
    });
    child.on("exit", (code, signal) => {
      memory.stop();
      const seconds = (performance.now() - started) / 1000;
      // stderr may still be flowing after exit: wait for it to close before reporting.
      const done = () => resolve({ code, signal, seconds, peaks: memory.peaks(), stderr });
      if (child.stderr.readableEnded) done();
      else child.stderr.once("close", done);
    });
  });
}

/** Samples a child's peak memory, alone and with its process tree, every 100 ms from its spawn until stop() or its exit. */
export function watchMemory(child: ChildProcess): { peaks(): MemoryPeaks; stop(): void } {
  let peaks: MemoryPeaks = { main: 0, tree: 0 };
  let exited = false;
  const sample = () => {
    if (child.pid !== undefined && !exited) peaks = addSample(peaks, treeMemory(child.pid), child.pid);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  child.on("spawn", sample);
  child.on("exit", () => {
    exited = true;
    clearInterval(timer);
  });
  return { peaks: () => peaks, stop: () => clearInterval(timer) };
}

/** The memory of `root` and every process descended from it, read from /proc (empty where there is none). */
export function treeMemory(root: number): ProcessMemory[] {
  return treePids(root).flatMap((pid) => {
    const status = readProc(pid, "status");
    const memory = status === undefined ? undefined : parseProcStatus(status);
    return memory ? [memory] : [];
  });
}

// Linux reports CPU time in USER_HZ ticks, 100 a second on every architecture's ABI.
const TICKS_PER_SECOND = 100;

/** The CPU time, in seconds, that `root` and the processes descended from it now alive have used (0 when none). */
export function treeCpuSeconds(root: number): number {
  const ticks = treePids(root).reduce((total, pid) => {
    const stat = readProc(pid, "stat");
    return total + ((stat === undefined ? undefined : parseStatCpuTicks(stat)) ?? 0);
  }, 0);
  return ticks / TICKS_PER_SECOND;
}

// The pids of `root` and every live process descended from it.
function treePids(root: number): number[] {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const all = pids.flatMap((pid) => {
    const stat = readProc(Number(pid), "stat");
    const ppid = stat === undefined ? undefined : parseStatParent(stat);
    return ppid === undefined ? [] : [{ pid: Number(pid), ppid }];
  });
  return processTree(all, root).map(({ pid }) => pid);
}

function readProc(pid: number, file: "stat" | "status"): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return undefined; // the process ended between listing and reading
  }
}
