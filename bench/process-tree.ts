/** What the benchmark reads of one process from Linux's /proc/PID/status. */
export interface ProcessMemory {
  readonly pid: number;
  readonly ppid: number;
  /** Resident set size now, bytes (VmRSS). */
  readonly rss: number;
  /** Peak resident set size so far, bytes (VmHWM). */
  readonly peak: number;
}

/** Parses the text of /proc/PID/status; undefined for a process that has no memory of its own (a zombie). */
export function parseProcStatus(text: string): ProcessMemory | undefined {
  const field = (name: string) => new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(text)?.[1];
  const pid = field("Pid");
  const ppid = field("PPid");
  const hwm = field("VmHWM");
  if (pid === undefined || ppid === undefined || hwm === undefined) return undefined;
  return { pid: Number(pid), ppid: Number(ppid), rss: Number(field("VmRSS") ?? 0) * 1024, peak: Number(hwm) * 1024 };
}

/** The parent of a process from the text of /proc/PID/stat (the field after the state, past the command's parentheses). */
export function parseStatParent(text: string): number | undefined {
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** CPU time a process has used, user plus system, in clock ticks, from the text of /proc/PID/stat (fields 14 and 15). */
export function parseStatCpuTicks(text: string): number | undefined {
  // Fields count from the state, the first after the command's closing parenthesis (field 3).
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isInteger(ticks) ? ticks : undefined;
}

/** The processes descended from `root` (itself included), given every live process. */
export function processTree<T extends { readonly pid: number; readonly ppid: number }>(
  processes: readonly T[],
  root: number,
): T[] {
  const children = new Map<number, T[]>();
  for (const p of processes) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const tree = processes.filter((p) => p.pid === root);
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!.pid) ?? []).filter((c) => c.pid !== root));
  return tree;
}

/** Peak memory of a process and of its tree, as sampled: the tree's is the largest sum of its live processes' peaks. */
export interface MemoryPeaks {
  readonly main: number;
  readonly tree: number;
}

/** Folds one sample of the tree into the peaks so far (VmHWM only grows, so the main peak is its latest value). */
export function addSample(peaks: MemoryPeaks, tree: readonly ProcessMemory[], root: number): MemoryPeaks {
  const main = tree.find((p) => p.pid === root)?.peak ?? 0;
  const sum = tree.reduce((total, p) => total + p.peak, 0);
  return { main: Math.max(peaks.main, main), tree: Math.max(peaks.tree, sum) };
}
