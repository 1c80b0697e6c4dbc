import { describe, expect, it } from "vitest";
import {
  checkReportSchema,
  counts,
  formatGithubAnnotations,
  formatJsonReport,
  formatReport,
} from "../../../src/cli/check-report.ts";
import { strict, type Diagnostic } from "../../../src/model/diagnostic.ts";

const at = { file: "articles/2020/a.md", line: 7, column: 1, field: "body" };
const warning: Diagnostic = {
  ...at,
  severity: "warning",
  message: "the link to /nowhere/ leads to no page of this site",
  suggestion: "link to an article as /YYYY/MM/slug/",
};
const notice: Diagnostic = {
  ...at,
  line: 9,
  severity: "notice",
  message: "the link to /news/old/ is an old address that redirects to /2019/03/new/",
  suggestion: "link to /2019/03/new/ itself",
};

describe("notices in the check report", () => {
  it("are printed as notes and counted apart from warnings", () => {
    expect(formatReport([notice, warning]).split("\n")).toEqual([
      "articles/2020/a.md:7:1 body: warning: the link to /nowhere/ leads to no page of this site — link to an article as /YYYY/MM/slug/",
      "articles/2020/a.md:9:1 body: note: the link to /news/old/ is an old address that redirects to /2019/03/new/ — link to /2019/03/new/ itself",
      "",
      "0 errors, 1 warning, 1 notice in 1 file",
    ]);
  });

  it("leave the count line as it was when there are none", () => {
    expect(formatReport([warning]).split("\n").at(-1)).toBe("0 errors, 1 warning in 1 file");
  });

  it("are counted in JSON, which the schema accepts", () => {
    const report = checkReportSchema.parse(JSON.parse(formatJsonReport([warning, notice])));
    expect([report.errors, report.warnings, report.notices]).toEqual([0, 1, 1]);
    expect(report.problems.map((p) => p.severity)).toEqual(["warning", "notice"]);
  });

  it("are GitHub notice annotations", () => {
    expect(formatGithubAnnotations([notice], "content").split("\n")).toEqual([
      "::notice file=content/articles/2020/a.md,line=9,col=1,title=newsdesk%3A body::the link to /news/old/ is an old address that redirects to /2019/03/new/ — link to /2019/03/new/ itself",
    ]);
  });

  it("are not promoted by --strict: what they name works", () => {
    expect(counts(strict([warning, notice]))).toEqual({ errors: 1, warnings: 0, notices: 1 });
  });
});
