import { describe, expect, it } from "vitest";
import { validateHtml } from "../../../src/verify/html-validity.ts";

const site = (files: Record<string, string>) => ({
  files: new Set(Object.keys(files)),
  read: (f: string) => files[f]!,
});

describe("validateHtml", () => {
  it("passes valid pages and names file, line and rule for invalid ones", async () => {
    const valid =
      '<!doctype html>\n<html lang="en">\n<head>\n<title>t</title>\n</head>\n<body>\n<main><p>ok</p></main>\n</body>\n</html>\n';
    const invalid = valid.replace("<main><p>ok</p></main>", '<main>\n<img src="/x.png">\n</main>');
    const problems = await validateHtml(
      site({ "a/index.html": valid, "b/index.html": invalid, "feed.xml": "<feed/>" }),
    );
    expect(problems.map((p) => [p.check, p.file, p.message.split(":")[0]])).toEqual([
      ["html", "b/index.html:8", "wcag/h37"],
    ]);
  });
});
