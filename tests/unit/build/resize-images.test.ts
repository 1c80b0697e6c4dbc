import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ImageUse } from "../../../src/content/content-images.ts";
import { processImages } from "../../../src/build/resize-images.ts";
import { fixture } from "../../helpers/cli.ts";

let root: string;
let content: string;
// An article's lead image, as imageUses hands it on.
const withImage = (image: string): ImageUse => ({ file: "articles/a.md", written: image, field: "image" });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "newsdesk-images-"));
  content = join(root, "content");
  mkdirSync(join(content, "img"), { recursive: true });
  mkdirSync(join(root, "outside"));
  copyFileSync(join(fixture("images"), "images/harbour.png"), join(root, "outside/secret.png"));
  copyFileSync(join(fixture("images"), "images/harbour.png"), join(content, "img/real.png"));
  symlinkSync(join(root, "outside/secret.png"), join(content, "img/linked.png"));
  symlinkSync(join(root, "outside"), join(content, "linked-folder"));
  // A picture whose header reads but whose data is cut off: only resizing finds that out.
  writeFileSync(
    join(content, "img/cut.png"),
    readFileSync(join(fixture("images"), "images/harbour.png")).subarray(0, 2000),
  );
  mkdirSync(join(content, "articles"));
  const lead = (image: string) =>
    `---\ntitle: "T"\ndate: 2024-06-03\nsummary: "S."\nimage: ${image}\nimage_alt: "A."\n---\n`;
  writeFileSync(join(content, "articles/cut.md"), lead("img/cut.png"));
  writeFileSync(join(content, "articles/gone.md"), lead("img/gone.png"));
});

describe("processImages", () => {
  it("resizes a lead image that is a regular file of the content folder", async () => {
    const out = join(root, "out-ok");
    const images = await processImages([withImage("img/real.png")], content, out);
    expect(images.get("img/real.png")?.src).toMatch(/^\/img\/.+\.png$/);
  });

  const refusals: [string, string][] = [
    ["img/linked.png", "img/linked.png is a symbolic link, which newsdesk never follows"],
    ["/linked-folder/secret.png", "linked-folder is a symbolic link, which newsdesk never follows"],
    ["../outside/secret.png", "../outside/secret.png is not a path inside the content folder"],
  ];
  for (const [image, message] of refusals) {
    it(`never reads ${image} through a link or out of the folder: an error naming the article, nothing written`, async () => {
      const out = join(root, `out-${image.replace(/\W/g, "")}`);
      const refused = processImages([withImage(image)], content, out);
      await expect(refused).rejects.toMatchObject({ name: "ContentError" });
      const error = (await refused.catch((e: unknown) => e)) as {
        diagnostics: { file: string; field: string; message: string }[];
      };
      expect(error.diagnostics).toHaveLength(1);
      expect(error.diagnostics[0]).toMatchObject({ file: "articles/a.md", field: "image", severity: "error", message });
      expect(existsSync(join(out, "img")) ? readdirSync(join(out, "img")) : []).toEqual([]);
    });
  }

  const atLine: [string, string, string][] = [
    [
      "articles/cut.md",
      "img/cut.png",
      "image img/cut.png could not be read as an image (pngload_buffer: end of stream)",
    ],
    ["articles/gone.md", "img/gone.png", "img/gone.png does not exist"],
  ];
  for (const [file, image, message] of atLine) {
    it(`reports ${image}, a lead image it cannot resize, at the article's image: line, not 1:1`, async () => {
      const use: ImageUse = { file, written: image, field: "image" };
      const error = (await processImages([use], content, join(root, "out-line")).catch((e: unknown) => e)) as {
        diagnostics: readonly object[];
      };
      expect(error.diagnostics).toEqual([
        expect.objectContaining({ file, field: "image", line: 5, column: 1, message }),
      ]);
    });
  }
});
