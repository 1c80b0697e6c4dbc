import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkReportSchema } from "../../src/cli/check-report.ts";
import { fixture, runCli, tempDir, type CliResult } from "../helpers/cli.ts";
import { page } from "../helpers/site.ts";

// An archive moved from another system: bodies link to the old site's addresses, one article keeps its old
// address as an alias, an agency was renamed, two articles share a slug in different months.
let out: string;
let built: CliResult;

beforeAll(async () => {
  out = join(await tempDir(), "site");
  built = await runCli(["build", "--content", fixture("old-links"), "--out", out, "--now", "2026-01-01T12:00:00Z"]);
});

describe("links to an archive's old addresses", () => {
  it("build, naming each dead link with its fix and each link through a redirect as a note", () => {
    expect(built.code).toBe(0);
    const report = built.stderr.split("\n");
    expect(report).toContain(
      "articles/2018/linker.md:9:1 body: note: the link to /news/2017/04/04/qsb-29/ is an old address that redirects to /2017/04/qsb-29/ — link to /2017/04/qsb-29/ itself",
    );
    expect(report).toContain(
      "articles/2018/linker.md:11:1 body: warning: the link to /news/2017/03/07/canary-11/ leads to no page of this site — did you mean /2017/03/canary-11/?",
    );
    expect(report).toContain("0 errors, 5 warnings, 3 notices in 1 file");
  });

  it("keep the aliased old address answering, as a redirect to the article", () => {
    const $ = page(out, "/news/2017/04/04/qsb-29/");
    expect($('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=/2017/04/qsb-29/");
  });

  it("are shown as written: the check reports, it does not rewrite bodies", () => {
    const $ = page(out, "/2018/07/linker/");
    expect(
      $("a[href^='/news/']")
        .map((_, a) => $(a).attr("href"))
        .get(),
    ).toEqual(["/news/2017/04/04/qsb-29/", "/news/2017/03/07/canary-11/"]);
  });

  it("fail check --strict for the dead links only: notices are not promoted", async () => {
    const result = await runCli(["check", "--content", fixture("old-links"), "--strict", "--format", "json"]);
    expect(result.code).toBe(1);
    const report = checkReportSchema.parse(JSON.parse(result.stdout));
    expect([report.errors, report.warnings, report.notices]).toEqual([5, 0, 3]);
    expect(report.problems.map((p) => [p.line, p.severity, p.suggestion])).toEqual([
      [9, "notice", "link to /2017/04/qsb-29/ itself"],
      [11, "error", "did you mean /2017/03/canary-11/?"],
      [13, "error", "did you mean /2018/06/canary-11/ or /2017/03/canary-11/? (2 pages end in canary-11)"],
      [15, "notice", "link to /2017/04/qsb-29/ itself"],
      [17, "error", "did you mean /2017/04/qsb-29/?"],
      [17, "error", "did you mean /2017/04/qsb-29/?"],
      [19, "error", "link to an article as /YYYY/MM/slug/"],
      [21, "notice", "link to /agencies/computer-emergency-response-team/ itself"],
    ]);
  });
});
