import { readFileSync, writeFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// The benchmark's view of the process's memory: Linux's /proc when it is there, Node's own figures otherwise.

/** Runs a full garbage collection (V8's gc, exposed at run time), so a measurement starts from live data only. */
export function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  gc();
}

/** Resets the kernel's peak-RSS mark (VmHWM) to the current RSS; false where that is not possible. */
export function resetPeakRss(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

/** Current and peak resident set size in bytes (peak since start or since `resetPeakRss`). */
export function rss(): { readonly current: number; readonly peak: number } {
  try {
    const status = readFileSync("/proc/self/status", "utf8");
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
    return { current: kb("VmRSS"), peak: kb("VmHWM") };
  } catch {
    const current = process.memoryUsage().rss;
    return { current, peak: Math.max(current, process.resourceUsage().maxRSS * 1024) };
  }
}
