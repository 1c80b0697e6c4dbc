import { describe, expect, it } from "vitest";
import { isCi, progressMode, type ProgressModeInput } from "../../../src/cli/progress-mode.ts";

describe("progressMode", () => {
  it.each<[ProgressModeInput, string]>([
    [{ quiet: true, isTTY: true, ci: false }, "off"],
    [{ quiet: true, isTTY: false, ci: true }, "off"],
    [{ quiet: true, isTTY: true, ci: true, dumb: true }, "off"],
    [{ quiet: false, isTTY: true, ci: false }, "line"],
    [{ quiet: false, isTTY: false, ci: false }, "log"],
    [{ quiet: false, isTTY: true, ci: true }, "log"],
    [{ quiet: false, isTTY: false, ci: true }, "log"],
    [{ quiet: false, isTTY: true, ci: false, dumb: true }, "log"],
  ])("%o gives %s", (input, mode) => {
    expect(progressMode(input)).toBe(mode);
  });
});

describe("isCi", () => {
  it.each<[string | undefined, boolean]>([
    ["true", true],
    ["TRUE", true],
    ["1", true],
    ["woodpecker", true],
    ["false", false],
    ["0", false],
    ["", false],
    [undefined, false],
  ])("CI=%s gives %s", (value, expected) => {
    expect(isCi(value === undefined ? {} : { CI: value })).toBe(expected);
  });
});
