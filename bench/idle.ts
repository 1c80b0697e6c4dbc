/** The CPU time a process tree had used (seconds) at a moment (milliseconds on the performance.now() clock). */
export interface CpuSample {
  readonly at: number;
  readonly cpu: number;
}

/**
 * When a process tree went quiet, if the samples show it has: the start of the shortest span of at least `windowMs`
 * that ends at the latest sample and in which it used under `maxCpuSeconds` of CPU; undefined if it did not.
 */
export function quietSince(samples: readonly CpuSample[], windowMs: number, maxCpuSeconds: number): number | undefined {
  const latest = samples.at(-1);
  if (!latest) return undefined;
  // The newest sample at least a window older than the latest: the span it starts is the shortest that counts.
  const start = [...samples].reverse().find((s) => s.at <= latest.at - windowMs);
  if (!start || latest.cpu - start.cpu >= maxCpuSeconds) return undefined;
  return start.at;
}
