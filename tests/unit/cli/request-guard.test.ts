import { describe, expect, it } from "vitest";
import { malformedRequest } from "../../../src/cli/request-guard.ts";

describe("malformedRequest", () => {
  it("names what is wrong with a request serve answers with 400", () => {
    expect(malformedRequest("/..%2f..%2fetc%2fpasswd")).toBe("the address climbs out of the site with '..'");
    expect(malformedRequest("/%2e%2e/%2e%2e/etc/passwd")).toBe("the address climbs out of the site with '..'");
    expect(malformedRequest("/a/..\\..\\b")).toBe("the address climbs out of the site with '..'");
    expect(malformedRequest("/%zz/")).toBe("the address has a malformed %-escape");
    expect(malformedRequest("/%E0%A4%A")).toBe("the address has a malformed %-escape");
    expect(malformedRequest("/a%00b")).toBe("the address holds a NUL character");
    expect(malformedRequest(`/${"a".repeat(2_048)}`)).toBe("the address is longer than 2048 characters");
    expect(malformedRequest("*")).toBe("the address must start with /");
  });

  it("lets every address newsdesk writes pass, with queries and encoded letters", () => {
    const urls = ["/", "/2020/01/amaq/", "/search/?q=..%2f", "/topics/caf%C3%A9/", "/feed.xml", "/a..b/", "/.11ty/a"];
    for (const url of urls) {
      expect(malformedRequest(url), url).toBe(undefined);
    }
  });
});
