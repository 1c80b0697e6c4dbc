import { describe, expect, it } from "vitest";
import { redirectConflicts } from "../../../src/site/redirects.ts";

describe("redirectConflicts", () => {
  it("refuses redirects a host would read as a pattern or a case-variant of a page, besides claimed pages and twice-claimed paths", () => {
    const pages = new Set(["/", "/2024/05/foo/", "/agencies/europol/"]);
    expect(redirectConflicts([
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
    ], pages)).toEqual([
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
