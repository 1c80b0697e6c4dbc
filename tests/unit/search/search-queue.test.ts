import { describe, expect, it } from "vitest";
import { SearchQueue } from "../../../src/search/search-queue.ts";

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("SearchQueue", () => {
  it("runs builds one at a time, in the order they came", async () => {
    const queue = new SearchQueue();
    const events: string[] = [];
    const build = (name: string, ms: number) => async () => {
      events.push(`start ${name}`);
      await later(ms);
      events.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([
      queue.run(build("a", 20), false),
      queue.run(build("b", 5), false),
      queue.run(build("c", 1), false),
    ]);
    expect(results).toEqual(["a", "b", "c"]);
    expect(events).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
  });

  it("skips a superseded build that is still waiting, but never the running one or the newest", async () => {
    const queue = new SearchQueue();
    const ran: string[] = [];
    const build = (name: string) => async () => {
      ran.push(name);
      await later(10);
      return name;
    };
    const first = queue.run(build("first"), true);
    await later(2); // "first" is running now
    const results = await Promise.all([first, queue.run(build("second"), true), queue.run(build("third"), true)]);
    expect(results).toEqual(["first", undefined, "third"]);
    expect(ran).toEqual(["first", "third"]);
    // Queued together, only the newest of them is built.
    expect(await Promise.all([queue.run(build("x"), true), queue.run(build("y"), true)])).toEqual([undefined, "y"]);
  });

  it("goes on after a build fails, and hands the failure to that build's caller", async () => {
    const queue = new SearchQueue();
    const failed = queue.run(async () => Promise.reject(new Error("pagefind stopped")), false);
    const next = queue.run(async () => 7, false);
    await expect(failed).rejects.toThrow("pagefind stopped");
    expect(await next).toBe(7);
  });
});
