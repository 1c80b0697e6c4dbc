import { describe, expect, it } from "vitest";
import { quietSince } from "../../bench/idle.ts";

const samples = (cpu: number[]) => cpu.map((c, i) => ({ at: i * 250, cpu: c }));

describe("quietSince", () => {
  it("is the start of the shortest span of the window that ends at the latest sample, when it used little CPU", () => {
    // Busy for a second (0.2 s of CPU a sample), then flat.
    const cpu = [0, 0.2, 0.4, 0.6, 0.8, 0.8, 0.8, 0.8, 0.8, 0.81, 0.82, 0.83, 0.84];
    expect(quietSince(samples(cpu.slice(0, 9)), 2000, 0.05)).toBe(undefined); // the span 0–2000 ms used 0.8 s
    expect(quietSince(samples(cpu.slice(0, 13)), 2000, 0.05)).toBe(1000); // 1000–3000 ms used 0.04 s
    expect(quietSince(samples(cpu.slice(0, 13)), 2000, 0.03)).toBe(undefined); // not under 0.03 s
  });

  it("waits for a whole window of samples", () => {
    expect(quietSince([], 2000, 0.05)).toBe(undefined);
    expect(quietSince(samples([0, 0, 0, 0, 0, 0, 0, 0]), 2000, 0.05)).toBe(undefined); // 1750 ms so far
    expect(quietSince(samples([0, 0, 0, 0, 0, 0, 0, 0, 0]), 2000, 0.05)).toBe(0);
  });
});
