import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ImageShelf } from "../../../../src/import/image-shelf.ts";
import { placeUpload } from "../../../../src/import/wordpress/uploads.ts";

const UPLOADS = join(import.meta.dirname, "../../../fixtures/import/wordpress/uploads");

describe("placeUpload", () => {
  it("places the file itself, else the original a -WxH size was cut from", () => {
    const shelf = new ImageShelf(mkdtempSync(join(tmpdir(), "wp-uploads-")));
    expect(placeUpload(shelf, UPLOADS, "2024/04/ransom-note.png")).toBe("images/2024/04/ransom-note.png");
    expect(placeUpload(shelf, UPLOADS, "2024/04/dashboard-300x200.png")).toBe("images/2024/04/dashboard.png");
    expect(shelf.placed().map((p) => p.from)).toEqual([
      join(UPLOADS, "2024/04/ransom-note.png"),
      join(UPLOADS, "2024/04/dashboard.png"),
    ]);
  });

  it("gives nothing for a missing file, no --uploads, or a path out of the folder", () => {
    const shelf = new ImageShelf(mkdtempSync(join(tmpdir(), "wp-uploads-")));
    expect(placeUpload(shelf, UPLOADS, "2024/05/missing-chart.png")).toBeUndefined();
    expect(placeUpload(shelf, undefined, "2024/04/ransom-note.png")).toBeUndefined();
    expect(placeUpload(shelf, join(UPLOADS, "2024/04"), "../03/takedown-servers.png")).toBeUndefined();
    expect(shelf.placed()).toEqual([]);
  });
});
