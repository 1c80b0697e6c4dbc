import { existsSync, readFileSync } from "node:fs";
import { cp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixture, runCli, tempDir, type CliResult } from "../helpers/cli.ts";
import { locatedLines } from "../helpers/content-case.ts";

const NOW = "2026-01-01T12:00:00Z";
const HARBOUR = readFileSync(join(fixture("images"), "images/harbour.png"));
const DAMAGED_FIX = "open the picture in an image editor and save it again as JPEG, PNG or WebP, or copy it anew";
const HUGE_FIX = "save a smaller copy (at most 16383 × 16383 pixels; 1600 pixels wide is what pages show)";
// Pictures that the build's resizer refuses on reading their header: check names them at the image's line.
const EXPECTED = [
  "articles/2024/huge.md:7:1 body: the image images/huge.png is 60000 × 60000 pixels (3,600,000,000), more " +
    `than the 268,402,689 the build resizes — ${HUGE_FIX}`,
  "articles/2024/truncated.md:5:1 image: the image images/truncated.png is damaged or cut short (Input buffer " +
    `has corrupt header: pngload_buffer: end of stream) — ${DAMAGED_FIX}`,
];

// A PNG's IHDR chunk claims its size; the chunk's CRC is made anew so that only the size is wrong.
function withSize(png: Buffer, width: number, height: number): Buffer {
  const copy = Buffer.from(png);
  copy.writeUInt32BE(width, 16);
  copy.writeUInt32BE(height, 20);
  copy.writeUInt32BE(crc32(copy.subarray(12, 29)), 29);
  return copy;
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const article = (title: string, lines: string) =>
  `---\ntitle: "${title}"\ndate: 2024-06-03\nsummary: "A story with a picture."\n${lines}`;

let root: string;
let checked: CliResult;
let built: CliResult;
let cutBuilt: CliResult;

beforeAll(async () => {
  root = await tempDir();
  const content = join(root, "content");
  await cp(fixture("images"), content, { recursive: true });
  await writeFile(join(content, "images/truncated.png"), HARBOUR.subarray(0, 100));
  await writeFile(join(content, "images/huge.png"), withSize(HARBOUR, 60000, 60000));
  const lead = 'image: images/truncated.png\nimage_alt: "A harbour."\n---\n\nText.\n';
  await writeFile(join(content, "articles/2024/truncated.md"), article("Cut short", lead));
  await writeFile(join(content, "articles/2024/huge.md"), article("Huge", "---\n\n![A harbour](images/huge.png)\n"));
  // A header that reads, with the picture's data cut off after it: only resizing finds that out.
  const cut = join(root, "cut");
  await cp(fixture("images"), cut, { recursive: true });
  await writeFile(join(cut, "images/harbour.png"), HARBOUR.subarray(0, 2000));
  [checked, built, cutBuilt] = await Promise.all([
    runCli(["check", "--content", content], root),
    runCli(["build", "--content", content, "--out", join(root, "out"), "--now", NOW], root),
    runCli(["build", "--content", cut, "--out", join(root, "cut-out"), "--now", NOW], root),
  ]);
}, 60_000);

describe("pictures whose header the build's resizer refuses", () => {
  it("are errors in check at the image's line: cut short, or more pixels than the resizer takes", () => {
    expect(checked.code, checked.stdout).toBe(1);
    expect(locatedLines(checked)).toEqual(EXPECTED);
  });

  it("stop the build with the same errors, before anything is written", () => {
    expect(built.code, built.stdout + built.stderr).toBe(1);
    expect(locatedLines(built)).toEqual(EXPECTED);
    expect(existsSync(join(root, "out"))).toBe(false);
  });
});

describe("a picture that fails only while it is resized", () => {
  it("stops the build at its image: line, not at 1:1", () => {
    expect(cutBuilt.code, cutBuilt.stdout + cutBuilt.stderr).toBe(1);
    expect(locatedLines(cutBuilt)).toEqual([
      "articles/2024/harbour.md:9:1 image: image images/harbour.png could not be read as an image " +
        "(pngload_buffer: end of stream) — save it as JPEG, PNG, WebP or GIF",
    ]);
    expect(existsSync(join(root, "cut-out"))).toBe(false);
  });
});
