import { describe, expect, it } from "vitest";
import { isNewsdeskScriptPath, redirectPagePath, reservedFolder } from "../../../src/site/reserved-paths.ts";

describe("reservedFolder", () => {
  it("names newsdesk's folders, its marker and the incremental build's files, in any case", () => {
    expect(
      [
        "/assets/x.css",
        "/IMG/a.jpg",
        "/pagefind-3/",
        "/.newsdesk-output",
        "/.Newsdesk-Output/",
        "/._site.newsdesk.json",
        "/.docs.newsdesk.articles.ndjson",
        "/x/.newsdesk-output",
        "/.newsdesk.json",
        "/old/",
      ].map((path) => reservedFolder(path)?.path),
    ).toEqual([
      "/assets/",
      "/img/",
      "/pagefind-3/",
      "/.newsdesk-output",
      "/.newsdesk-output",
      "/._site.newsdesk.json",
      "/.docs.newsdesk.articles.ndjson",
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("redirectPagePath", () => {
  it("is the decoded path hosts look the file up at, as a folder index when it has no extension", () => {
    expect(["/caf%C3%A9/", "/old", "/my%20post", "/old/x.html"].map(redirectPagePath)).toEqual([
      "/café/",
      "/old/",
      "/my post/",
      "/old/x.html",
    ]);
  });
});

describe("isNewsdeskScriptPath", () => {
  it("holds for /assets/ and the search bundles only", () => {
    expect(
      ["/assets/search.1a2b.js", "/pagefind/pagefind-ui.js", "/pagefind-2/x.js", "/img/x.js", "/x.js"].map(
        isNewsdeskScriptPath,
      ),
    ).toEqual([true, true, true, false, false]);
  });
});
