import { describe, expect, it } from "vitest";
import { checkAliasPath, queryAlias } from "../../../src/model/query-alias.ts";

describe("queryAlias", () => {
  it("reads WordPress's short addresses of a post and a page, with the plain path each is redirected from", () => {
    expect(queryAlias("/?p=123")).toEqual({ key: "p", id: "123", query: "p=123", path: "/p/123/" });
    expect(queryAlias("/?page_id=45")).toEqual({ key: "page_id", id: "45", query: "page_id=45", path: "/page-id/45/" });
    expect(queryAlias("/?p=9223372036854775807")?.path).toBe("/p/9223372036854775807/");
  });

  it("is undefined for any other shape: another key, more keys, no digits, a sign, a leading zero, a path before", () => {
    for (const value of [
      "/?q=1",
      "/?P=1",
      "/?p=1&page_id=2",
      "/?p=1&utm_source=feed",
      "/?p=",
      "/?p=abc",
      "/?p=-1",
      "/?p=+1",
      "/?p=0",
      "/?p=012",
      "/?p=1#top",
      "/?p=1 ",
      "/?p=12345678901234567890",
      "/blog/?p=1",
      "?p=1",
      "/p/1/",
      "/?page-id=45",
      "/?page_id=4.5",
    ])
      expect([value, queryAlias(value)]).toEqual([value, undefined]);
  });
});

describe("checkAliasPath", () => {
  it("passes a short address as its redirect page's path and a plain path in its normal form", () => {
    expect(checkAliasPath("/?p=412")).toEqual({ ok: true, value: "/p/412/" });
    expect(checkAliasPath("/?page_id=45")).toEqual({ ok: true, value: "/page-id/45/" });
    expect(checkAliasPath("/café/")).toEqual({ ok: true, value: "/caf%C3%A9/" });
  });

  it("refuses any other query saying which two are allowed, and other mistakes as checkSitePath does", () => {
    const query = {
      ok: false,
      reason: "has a query: the only ones an alias may have are WordPress's /?p=123 and /?page_id=45",
      fix: "write the path alone, or the post or page number as /?p=123 or /?page_id=45",
    };
    expect(checkAliasPath("/?q=1")).toEqual(query);
    expect(checkAliasPath("/?p=1&x=2")).toEqual(query);
    expect(checkAliasPath("/archives/?p=1")).toEqual(query);
    expect(checkAliasPath("/old/#top")).toEqual({
      ok: false,
      reason: "has a query or fragment (? or #)",
      fix: "write the path alone",
    });
    expect(checkAliasPath("/*")).toMatchObject({ ok: false, reason: "has a wildcard *" });
  });
});
