import { describe, expect, it } from "vitest";
import { redirectConflicts } from "../../../src/site/redirects.ts";

describe("redirectConflicts", () => {
  it("refuses redirects a host would read as a pattern or a case-variant of a page, besides claimed pages and twice-claimed paths", () => {
    const pages = new Set(["/", "/2024/05/foo/", "/agencies/europol/"]);
    expect(
      redirectConflicts(
        [
          { from: "/*", to: "/2024/05/foo/" },
          { from: "/:year/:slug", to: "/2024/05/foo/" },
          { from: "/./x/", to: "/2024/05/foo/" },
          { from: "/old%zz/", to: "/2024/05/foo/" },
          { from: "/old/", to: "/%2e%2e/" },
          { from: "/2024/05/Foo/", to: "/2024/05/foo/" },
          { from: "/agencies/europol/", to: "/2024/05/foo/" },
          { from: "/twice/", to: "/" },
          { from: "/twice/", to: "/2024/05/foo/" },
          { from: "/fine/", to: "/2024/05/foo/" },
        ],
        pages,
      ),
    ).toEqual([
      "the redirect /* → /2024/05/foo/ cannot be written: /* has a wildcard *",
      "the redirect /:year/:slug → /2024/05/foo/ cannot be written: /:year/:slug has a placeholder segment ':year'",
      "the redirect /./x/ → /2024/05/foo/ cannot be written: /./x/ has a '.' segment",
      "the redirect /old%zz/ → /2024/05/foo/ cannot be written: /old%zz/ has a % that is not a percent escape like %C3%A9",
      "the redirect /old/ → /%2e%2e/ cannot be written: /%2e%2e/ has an encoded '.' (%2e)",
      "/2024/05/Foo/ differs only in case from the page /2024/05/foo/ and cannot redirect to /2024/05/foo/",
      "/agencies/europol/ is a page of the site and cannot also redirect to /2024/05/foo/",
      "/twice/ is claimed twice: it would redirect to / and to /2024/05/foo/",
    ]);
  });
});

describe("redirectConflicts in the normal form", () => {
  it("compares paths as browsers request them and refuses newsdesk's own files, which serve would otherwise write", () => {
    const pages = new Set(["/", "/2024/05/foo/"]);
    expect(
      redirectConflicts(
        [
          { from: "/caf%c3%a9/", to: "/2024/05/foo/" },
          { from: "/café/", to: "/" },
          { from: "/2024/05/%66oo/", to: "/" },
          { from: "/.newsdesk-output", to: "/" },
          { from: "/%61ssets/x.css", to: "/" },
        ],
        pages,
      ),
    ).toEqual([
      "/café/ is claimed twice: it would redirect to /2024/05/foo/ and to /",
      "/2024/05/%66oo/ is a page of the site and cannot also redirect to /",
      "/.newsdesk-output cannot redirect to /: /.newsdesk-output is where newsdesk writes the mark that lets a later build replace the folder",
      "/%61ssets/x.css cannot redirect to /: /assets/ is where newsdesk writes the site's stylesheet, scripts and logo",
    ]);
  });
});
