import { describe, expect, it } from "vitest";
import { mapLimited } from "../../../src/content/map-limited.ts";

describe("mapLimited", () => {
  it("keeps the order of the results and never runs more than the limit at once", async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimited([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(most).toBe(3);
  });

  it("handles an empty list and a limit above the list's length", async () => {
    expect(await mapLimited([], 4, async (n: number) => n)).toEqual([]);
    expect(await mapLimited([1, 2], 64, async (n) => n + 1)).toEqual([2, 3]);
  });

  it("passes a failure on", async () => {
    await expect(
      mapLimited([1, 2, 3], 2, async (n) => (n === 2 ? Promise.reject(new Error("two")) : n)),
    ).rejects.toThrow("two");
  });
});
