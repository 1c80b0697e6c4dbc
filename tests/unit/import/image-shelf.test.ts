import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ImageShelf } from "../../../src/import/image-shelf.ts";
import { tempDir } from "../../helpers/cli.ts";

async function files(names: readonly string[]): Promise<string> {
  const dir = await tempDir();
  for (const name of names) {
    await mkdir(join(dir, name, ".."), { recursive: true });
    await writeFile(join(dir, name), name);
  }
  return dir;
}

describe("ImageShelf", () => {
  it("places images under images/, the same source once, another source of the same name with -2", async () => {
    const source = await files(["a/chart.png", "b/chart.png"]);
    const shelf = new ImageShelf(await tempDir());
    expect(shelf.place(join(source, "a/chart.png"), "2019/05/chart.png")).toBe("images/2019/05/chart.png");
    expect(shelf.place(join(source, "a/chart.png"), "elsewhere.png")).toBe("images/2019/05/chart.png");
    expect(shelf.place(join(source, "b/chart.png"), "2019/05/chart.png")).toBe("images/2019/05/chart-2.png");
    expect(shelf.placed().map((p) => p.to)).toEqual(["images/2019/05/chart.png", "images/2019/05/chart-2.png"]);
  });

  it("answers undefined for a file the source lacks, and never climbs out with ..", async () => {
    const source = await files(["x.png"]);
    const shelf = new ImageShelf(await tempDir());
    expect(shelf.place(join(source, "missing.png"), "missing.png")).toBeUndefined();
    expect(shelf.place(join(source, "x.png"), "../../etc/x.png")).toBe("images/etc/x.png");
  });

  it("steps around a file in the content folder that an earlier import did not write", async () => {
    const source = await files(["logo.png", "mine.png"]);
    const content = await files(["images/logo.png", "images/mine.png"]);
    const shelf = new ImageShelf(content, (to) => (to === "images/mine.png" ? join(source, "mine.png") : undefined));
    expect(shelf.place(join(source, "logo.png"), "logo.png")).toBe("images/logo-2.png");
    expect(shelf.place(join(source, "mine.png"), "mine.png")).toBe("images/mine.png");
  });
});

describe("ImageShelf and links", () => {
  it("does not follow a link in the source: a linked file is no image to copy", async () => {
    const source = await files(["real.png"]);
    const { symlink } = await import("node:fs/promises");
    await symlink("/etc/hostname", join(source, "linked.png"));
    const shelf = new ImageShelf(await tempDir());
    expect(shelf.place(join(source, "linked.png"), "linked.png")).toBeUndefined();
    expect(shelf.place(join(source, "real.png"), "real.png")).toBe("images/real.png");
  });
});
